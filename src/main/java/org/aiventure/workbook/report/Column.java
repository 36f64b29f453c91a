package org.aiventure.workbook.report;

/** A table column: its header and its share of the table's width. */
record Column(String header, float weight, boolean centred) {

    static Column left(String header, float weight) {
        return new Column(header, weight, false);
    }

    static Column centred(String header, float weight) {
        return new Column(header, weight, true);
    }
}
