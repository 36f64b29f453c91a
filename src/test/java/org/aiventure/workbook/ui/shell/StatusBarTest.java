package org.aiventure.workbook.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.ui.common.I18n;
import org.junit.jupiter.api.Test;

/** "Saved …" in the status bar: the time alone for today, with the date for an earlier day. */
class StatusBarTest {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    @Test
    void aSaveTodayShowsItsTimeAlone() {
        Instant today = LocalDate.now(ZONE).atTime(LocalTime.of(0, 5)).atZone(ZONE).toInstant();
        assertEquals("00:05", StatusBar.when(today, new I18n(Language.EN)));
    }

    @Test
    void aSaveOnAnEarlierDayShowsItsDate() {
        Instant earlier = LocalDate.of(2026, 11, 26).atTime(LocalTime.of(9, 10)).atZone(ZONE).toInstant();
        assertEquals("Nov 26, 2026 09:10", StatusBar.when(earlier, new I18n(Language.EN)));
        String chinese = StatusBar.when(earlier, new I18n(Language.ZH_CN));
        assertTrue(chinese.startsWith("2026") && chinese.endsWith("09:10"), chinese);
    }
}
