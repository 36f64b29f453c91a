package org.aiventure.workbook.knowledge;

import java.util.Objects;
import org.aiventure.workbook.domain.Language;

/** One text in both app languages, so a record of the knowledge base can carry its words with it. */
public record LocalizedText(String en, String zhCn) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zhCn, "zhCn");
    }

    public String in(Language language) {
        return switch (language) {
            case EN -> en;
            case ZH_CN -> zhCn;
        };
    }
}
