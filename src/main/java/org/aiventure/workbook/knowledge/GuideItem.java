package org.aiventure.workbook.knowledge;

import java.util.Objects;

/**
 * One bullet of the guide. {@code key} names what the bullet is about: a control key (sections 1-5), an
 * opportunity or risk category (section 6) or a practice key (section 7), as the section's kind says.
 */
public record GuideItem(String key, LocalizedText title, LocalizedText text) {

    public GuideItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
