package org.aiventure.workbook.exchange.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aiventure.workbook.domain.Acceptance;
import org.aiventure.workbook.domain.Checks;
import org.aiventure.workbook.domain.Limits;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Treatment;

/**
 * One data row of the register read into a {@link Draft}, every cell checked and every problem reported, so
 * that a founder sees all that is wrong with a row at once.
 */
final class RiskRow {

    /** A code whose number fits an int, so that the next free code can be counted from it. */
    private static final Pattern CODE = Pattern.compile("R-[0-9]{3,9}");
    /**
     * Year first, with dashes or slashes and one- or two-digit month and day: ISO dates as written, and what
     * Excel in a Chinese locale saves them as (2026/6/1). Day-first and month-first forms are ambiguous and
     * refused.
     */
    private static final Pattern DATE = Pattern.compile("([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})");

    private final int row;
    private final List<String> cells;
    private final Map<RiskColumn, Integer> positions;
    private final Violations violations;
    private boolean ok = true;

    /** {@code cells} already without the formula guard; {@code positions} the index of each column present. */
    RiskRow(int row, List<String> cells, Map<RiskColumn, Integer> positions, Violations violations) {
        this.row = row;
        this.cells = cells;
        this.positions = positions;
        this.violations = violations;
    }

    /** A risk as the row describes it, but without ids and maybe without a code; see {@link #read}. */
    record Draft(String code, String title, String description, RiskCategory category,
                 int likelihood, int impact, Treatment treatment, RiskStatus status, UUID ownerId,
                 LocalDate reviewBy, Acceptance acceptance, List<MitigationCell.Line> mitigations) {

        /** The risk under {@code finalCode}: the row's own code or the next free one. */
        Risk toRisk(String finalCode, Supplier<UUID> ids) {
            UUID id = ids.get();
            return new Risk(id, finalCode, title, description, category, likelihood, impact, treatment, status, ownerId,
                    reviewBy, acceptance, mitigations.stream().map(m -> m.withId(ids.get())).toList());
        }
    }

    /** The row's risk, or null when a cell is wrong (each problem added to the violations). */
    Draft read(OwnerLookup owners, MitigationCell mitigationCell) {
        String code = code();
        String title = text(RiskColumn.TITLE, 1, Limits.TITLE);
        String description = text(RiskColumn.DESCRIPTION, 0, Limits.LONG_TEXT);
        RiskCategory category = choice(RiskColumn.CATEGORY, RiskCategory.class);
        int likelihood = scale(RiskColumn.LIKELIHOOD);
        int impact = scale(RiskColumn.IMPACT);
        Treatment treatment = choice(RiskColumn.TREATMENT, Treatment.class);
        RiskStatus status = choice(RiskColumn.STATUS, RiskStatus.class);
        UUID owner = owner(owners);
        LocalDate reviewBy = date(RiskColumn.REVIEW_BY);
        String rationale = text(RiskColumn.ACCEPTANCE_RATIONALE, 0, Limits.LONG_TEXT);
        LocalDate expires = date(RiskColumn.ACCEPTANCE_EXPIRES);
        List<MitigationCell.Line> mitigations = mitigationCell.parse(cell(RiskColumn.MITIGATIONS),
                (key, details) -> problem(RiskColumn.MITIGATIONS, key, details));
        if (!ok) {
            return null;
        }
        // Two cells cannot tell "no acceptance" from "accepted, nothing written yet"; the treatment can.
        boolean accepted = treatment == Treatment.ACCEPT || !rationale.isEmpty() || expires != null;
        return new Draft(code, title, description, category, likelihood, impact, treatment, status, owner,
                reviewBy, accepted ? new Acceptance(rationale, expires) : null, mitigations);
    }

    private String cell(RiskColumn column) {
        Integer at = positions.get(column);
        return at == null || at >= cells.size() ? "" : cells.get(at);
    }

    private void problem(RiskColumn column, String key, Object... details) {
        ok = false;
        violations.add(CsvViolation.inCell(row, column.header(), key, details));
    }

    /** The code as written, or null when the cell is empty or wrong. */
    private String code() {
        String cell = cell(RiskColumn.CODE).strip();
        if (cell.isEmpty()) {
            return null;
        }
        if (!CODE.matcher(cell).matches()) {
            problem(RiskColumn.CODE, "csv.error.code", CsvViolation.shorten(cell));
            return null;
        }
        return cell;
    }

    /** The cell as written (spaces kept: they are the founder's text); {@code min} 1 makes it required. */
    private String text(RiskColumn column, int min, int max) {
        String cell = cell(column);
        int length = Checks.length(cell);
        if (length < min) {
            problem(column, "csv.error.required");
        } else if (length > max) {
            problem(column, "csv.error.tooLong", max, length);
        }
        return cell;
    }

    private <E extends Enum<E>> E choice(RiskColumn column, Class<E> type) {
        String cell = cell(column);
        if (Checks.isBlank(cell)) {
            problem(column, "csv.error.required");
            return null;
        }
        E value = Choice.of(type, cell);
        if (value == null) {
            problem(column, "csv.error.notOneOf", Choice.list(type), CsvViolation.shorten(cell.strip()));
        }
        return value;
    }

    private int scale(RiskColumn column) {
        String cell = cell(column);
        if (Checks.isBlank(cell)) {
            problem(column, "csv.error.required");
            return 0;
        }
        int value = Choice.integer(cell, 1, 5);
        if (value < 0) {
            problem(column, "csv.error.scale", 1, 5, CsvViolation.shorten(cell.strip()));
        }
        return value;
    }

    private LocalDate date(RiskColumn column) {
        String cell = cell(column).strip();
        if (cell.isEmpty()) {
            return null;
        }
        Matcher m = DATE.matcher(cell);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException notARealDate) {
                // reported below, like any other text that is no date
            }
        }
        problem(column, "csv.error.date", CsvViolation.shorten(cell));
        return null;
    }

    private UUID owner(OwnerLookup owners) {
        String cell = cell(RiskColumn.OWNER).strip();
        if (cell.isEmpty()) {
            return null;
        }
        List<UUID> matches = owners.find(cell);
        if (matches.size() != 1) {
            problem(RiskColumn.OWNER, matches.isEmpty() ? "csv.error.owner.unknown" : "csv.error.owner.ambiguous",
                    CsvViolation.shorten(cell));
            return null;
        }
        return matches.get(0);
    }
}
