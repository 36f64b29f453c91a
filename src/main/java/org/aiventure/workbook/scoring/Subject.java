package org.aiventure.workbook.scoring;

import java.util.Objects;

/**
 * The thing a finding is about: a category key, a control group id ({@code CATEGORY:CONTROL|CONTROL}), a
 * risk's, analysis item's or note's id, a role, block or practice key.
 */
public record Subject(SubjectType type, String id) {
    public Subject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }
}
