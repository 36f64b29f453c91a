package org.aiventure.workbook.ui.dashboard;

/**
 * One term of an area score as the dashboard lists it: its symbol ("K"), what it counts, what was counted
 * ("5.25/18", or "nothing to count"), its value, its weight and the points it gives of the most it could
 * give ("8.8 of 30"), so a founder sees which term holds the score down.
 */
public record TermRow(String symbol, String meaning, String counted, String value, String weight,
                      String points) {
}
