package org.aiventure.workbook.ui.common;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import org.aiventure.workbook.domain.Language;
import org.junit.jupiter.api.Test;

/** Every text exists in both languages, and every pattern is one MessageFormat can fill. */
class MessageBundlesTest {

    private static Properties load(String name) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/aiventure/workbook/i18n/" + name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        var onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zh.stringPropertyNames());
        var onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());
        assertAll(() -> assertEquals(new TreeSet<>(), onlyEn, "keys missing in Chinese"),
                () -> assertEquals(new TreeSet<>(), onlyZh, "keys missing in English"));
    }

    @Test
    void everyTextIsFilledAndEveryPatternParses() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                assertFalse(text.isBlank(), file + " " + key + " is empty");
                new MessageFormat(text);
            }
        }
    }

    @Test
    void theChineseBundleIsChinese() {
        I18n i18n = new I18n(Language.ZH_CN);
        assertEquals("AI 创业工作簿", i18n.get("app.title"));
        i18n.languageProperty().set(Language.EN);
        assertEquals("AI Venture Workbook", i18n.get("app.title"));
        assertEquals("2 projects", i18n.get("status.projects", 2));
        assertEquals("1 project", i18n.get("status.projects", 1));
    }
}
