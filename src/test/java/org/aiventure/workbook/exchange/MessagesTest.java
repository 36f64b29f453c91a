package org.aiventure.workbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Messages;
import org.junit.jupiter.api.Test;

/** Every key the exchange reports exists in both languages, and a bad file reads in Chinese too. */
class MessagesTest {

    private static List<String> keys() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field f : AivwMessages.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                f.setAccessible(true);
                keys.add((String) f.get(null));
            }
        }
        return keys;
    }

    @Test
    void everyKeyIsInBothBundles() throws IllegalAccessException {
        List<String> keys = keys();
        assertTrue(keys.size() > 40, keys.toString());
        for (Language language : Language.values()) {
            for (String key : keys) {
                assertTrue(key.startsWith("aivw.error."), key);
                assertNotEquals(key, Messages.format(language, key), key + " in " + language);
            }
        }
    }

    @Test
    void aViolationReadsInBothLanguages() {
        AivwFormatException e = BadFileCorpusTest.refused("out-of-range.aivw");
        Violation v = e.violations().get(0);

        assertEquals("/project/risks/1/likelihood: must be an integer from 1 to 5, found 7", v.toString());
        assertEquals("/project/risks/1/likelihood: 必须是 1 到 5 之间的整数，实际为 7",
                v.message(Language.ZH_CN));
        assertEquals(v.message(Language.ZH_CN), e.message(Language.ZH_CN));
    }

    @Test
    void severalViolationsHaveAHeadingInBothLanguages() {
        AivwFormatException e = BadFileCorpusTest.refused("wrong-types.aivw");

        assertTrue(e.message(Language.ZH_CN).startsWith("文件有 5 处问题：\n/project/sectors: 必须是数组"),
                e.message(Language.ZH_CN));
    }
}
