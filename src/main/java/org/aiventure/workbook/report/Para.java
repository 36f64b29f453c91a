package org.aiventure.workbook.report;

/** A paragraph of a table cell: its text and how it looks. */
record Para(String text, TextStyle style) {
}
