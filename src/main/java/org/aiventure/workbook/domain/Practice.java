package org.aiventure.workbook.domain;

/** One founder practice of seed §7 as a checklist line. */
public record Practice(PracticeKey key, boolean done, String evidence) {
    public Practice {
        Checks.present("practice", key);
        Checks.text("practice evidence", evidence, 0, Limits.LONG_TEXT);
    }
}
