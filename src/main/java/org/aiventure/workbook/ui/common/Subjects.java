package org.aiventure.workbook.ui.common;

import java.util.Optional;

/** Reads the {@code TYPE:id} subjects that {@link Navigator#show(Page, String)} carries. */
public final class Subjects {

    private Subjects() {
    }

    /** The id of {@code subject} if it is of {@code type}, e.g. {@code id("ROLE:PRODUCT", "ROLE")} is PRODUCT. */
    public static Optional<String> id(String subject, String type) {
        String prefix = type + ":";
        return subject.startsWith(prefix) ? Optional.of(subject.substring(prefix.length())) : Optional.empty();
    }
}
