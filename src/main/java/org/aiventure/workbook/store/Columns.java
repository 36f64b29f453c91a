package org.aiventure.workbook.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * How domain values are written to text columns and read back, exactly: UUIDs in canonical form, dates and
 * instants as {@code toString} writes them (a fraction of a second survives), scores as BigDecimal's own text
 * (so "48.0" keeps its scale).
 */
final class Columns {

    private Columns() {
    }

    static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    static String text(Instant instant) {
        return instant.toString();
    }

    static Instant instant(String text) {
        return Instant.parse(text);
    }

    static String text(BigDecimal score) {
        return score.toString();
    }

    static BigDecimal score(String text) {
        return new BigDecimal(text);
    }
}
