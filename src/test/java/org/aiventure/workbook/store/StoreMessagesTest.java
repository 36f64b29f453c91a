package org.aiventure.workbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StoreMessagesTest {

    @Test
    void everyStoreMessageIsWrittenInBothLanguages() throws Exception {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        Set<String> enKeys = storeKeys(en);
        assertFalse(enKeys.isEmpty());
        assertEquals(enKeys, storeKeys(zh));
        for (String key : enKeys) {
            assertFalse(zh.getProperty(key).isBlank(), key);
            assertFalse(zh.getProperty(key).equals(en.getProperty(key)), key + " is not translated");
        }
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = StoreMessagesTest.class.getResourceAsStream("/org/aiventure/workbook/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> storeKeys(Properties p) {
        Set<String> keys = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("store.")) {
                keys.add(key);
            }
        }
        return keys;
    }
}
