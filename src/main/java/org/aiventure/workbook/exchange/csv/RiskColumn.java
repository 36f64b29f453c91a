package org.aiventure.workbook.exchange.csv;

import java.util.Locale;

/**
 * The columns of the risk register CSV, in the order the writer puts them. A reader finds them by their header
 * name in any order; only the required ones must be there, so a founder may delete a column they never use.
 */
enum RiskColumn {
    CODE("code", false),
    TITLE("title", true),
    DESCRIPTION("description", false),
    CATEGORY("category", true),
    LIKELIHOOD("likelihood", true),
    IMPACT("impact", true),
    TREATMENT("treatment", true),
    STATUS("status", true),
    OWNER("owner", false),
    REVIEW_BY("reviewBy", false),
    ACCEPTANCE_RATIONALE("acceptanceRationale", false),
    ACCEPTANCE_EXPIRES("acceptanceExpires", false),
    MITIGATIONS("mitigations", false);

    private final String header;
    private final boolean required;

    RiskColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    /** The column a header cell names, ignoring case and surrounding spaces; null for an unknown name. */
    static RiskColumn ofHeader(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (RiskColumn c : values()) {
            if (c.header.toLowerCase(Locale.ROOT).equals(wanted)) {
                return c;
            }
        }
        return null;
    }

    /** All header names, for the message about an unknown column. */
    static String allHeaders() {
        StringBuilder out = new StringBuilder();
        for (RiskColumn c : values()) {
            out.append(out.length() == 0 ? "" : ", ").append(c.header);
        }
        return out.toString();
    }
}
