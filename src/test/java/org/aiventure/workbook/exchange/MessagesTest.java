package org.aiventure.workbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.aiventure.workbook.domain.LocalizedProblem;
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
        for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
            ResourceBundle bundle = ResourceBundle.getBundle(LocalizedProblem.BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : keys) {
                assertTrue(key.startsWith("aivw.error."), key);
                assertTrue(bundle.containsKey(key), key + " in " + locale);
            }
        }
    }

    @Test
    void aViolationReadsInBothLanguages() {
        AivwFormatException e = BadFileCorpusTest.refused("out-of-range.aivw");
        Violation v = e.violations().get(0);

        assertEquals("/project/risks/1/likelihood: must be an integer from 1 to 5, found 7", v.toString());
        assertEquals("/project/risks/1/likelihood: 必须是 1 到 5 之间的整数，实际为 7",
                v.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(v.message(Locale.SIMPLIFIED_CHINESE), e.localizedMessage(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void severalViolationsHaveAHeadingInBothLanguages() {
        AivwFormatException e = BadFileCorpusTest.refused("wrong-types.aivw");

        assertTrue(e.localizedMessage(Locale.SIMPLIFIED_CHINESE).startsWith("文件有 5 处问题：\n/project/sectors: 必须是数组"),
                e.localizedMessage(Locale.SIMPLIFIED_CHINESE));
    }
}
