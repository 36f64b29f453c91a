package org.aiventure.workbook.report;

/** One laid-out line of text and its style. */
record Line(String text, TextStyle style) {
}
