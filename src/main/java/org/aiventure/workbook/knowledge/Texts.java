package org.aiventure.workbook.knowledge;

import java.util.Map;
import java.util.Set;
import org.aiventure.workbook.domain.Language;

/** The texts of both languages, keyed as {@link TextKeys} describes; the loader has checked them complete. */
final class Texts {

    private final Map<String, String> en;
    private final Map<String, String> zhCn;

    Texts(Map<String, String> en, Map<String, String> zhCn) {
        this.en = Map.copyOf(en);
        this.zhCn = Map.copyOf(zhCn);
    }

    String get(Language language, String key) {
        String value = (language == Language.ZH_CN ? zhCn : en).get(key);
        if (value == null) {
            throw new IllegalArgumentException("the knowledge base has no text \"" + key + "\"");
        }
        return value;
    }

    boolean has(String key) {
        return en.containsKey(key);
    }

    LocalizedText both(String key) {
        return new LocalizedText(get(Language.EN, key), get(Language.ZH_CN, key));
    }

    Set<String> keys() {
        return en.keySet();
    }
}
