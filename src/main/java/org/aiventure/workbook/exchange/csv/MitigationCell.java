package org.aiventure.workbook.exchange.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aiventure.workbook.domain.Checks;
import org.aiventure.workbook.domain.Limits;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;

/**
 * A risk's mitigations in one spreadsheet cell, one per line (Alt+Enter in Excel, Ctrl+Enter in LibreOffice):
 * <pre>
 * DPS_ENCRYPTION | Encrypt transcripts at rest | IMPLEMENTED | 30
 * CUSTOM | Weekly review with the clinical advisor | PLANNED | 10
 * </pre>
 * The parts are the control key ({@code CUSTOM} for a mitigation of the founder's own), the title, the state
 * and the effectiveness in percent (0-90). A line is split at its first and its last two bars, so a title may
 * itself hold a bar. {@code CUSTOM} rather than a dash marks a custom mitigation because Excel takes a cell
 * that starts with a dash for a formula. Parts are trimmed and keys and states match in any case; empty lines
 * are skipped, so a trailing line break does no harm.
 */
final class MitigationCell {

    static final String CUSTOM = "CUSTOM";
    private static final String SEPARATOR = " | ";

    private final Map<String, String> controlsByLowerCase = new HashMap<>();

    MitigationCell(Set<String> knownControls) {
        for (String key : knownControls) {
            controlsByLowerCase.put(key.toLowerCase(Locale.ROOT), key);
        }
    }

    /** The cell for a risk's mitigations; lines end with LF, the line break Excel itself puts inside a cell. */
    static String format(List<Mitigation> mitigations) {
        return mitigations.stream()
                .map(m -> (m.controlId() == null ? CUSTOM : m.controlId()) + SEPARATOR + m.title() + SEPARATOR
                        + m.state().name() + SEPARATOR + m.effectiveness())
                .collect(Collectors.joining("\n"));
    }

    /** A mitigation line as read, before ids are given: kept apart so a row with a problem takes no ids. */
    record Line(String controlId, String title, MitigationState state, int effectiveness) {
        Mitigation withId(UUID id) {
            return new Mitigation(id, controlId, title, state, effectiveness);
        }
    }

    /** What went wrong on one line of the cell: a message key and the details after the line number. */
    interface Problems {
        void add(String key, Object... details);
    }

    /** The lines of a cell, or null when one of them is wrong (each wrong line reported to {@code problems}). */
    List<Line> parse(String cell, Problems problems) {
        List<Line> lines = new ArrayList<>();
        boolean ok = true;
        String[] texts = cell.split("\r\n|\r|\n", -1);
        for (int i = 0; i < texts.length; i++) {
            if (Checks.isBlank(texts[i])) {
                continue;
            }
            Line line = line(i + 1, texts[i], problems);
            if (line == null) {
                ok = false;
            } else {
                lines.add(line);
            }
        }
        return ok ? lines : null;
    }

    private Line line(int number, String text, Problems problems) {
        int first = text.indexOf('|');
        int last = text.lastIndexOf('|');
        int middle = last < 0 ? -1 : text.lastIndexOf('|', last - 1);
        if (first < 0 || middle <= first) {
            problems.add("csv.error.mitigation.parts", number, CsvViolation.shorten(text));
            return null;
        }
        String control = text.substring(0, first).strip();
        String title = text.substring(first + 1, middle).strip();
        String state = text.substring(middle + 1, last).strip();
        String effectiveness = text.substring(last + 1).strip();
        boolean ok = true;
        String controlId = null;
        if (!control.isEmpty() && !control.equalsIgnoreCase(CUSTOM)) {
            controlId = controlsByLowerCase.get(control.toLowerCase(Locale.ROOT));
            if (controlId == null) {
                problems.add("csv.error.mitigation.control", number, CsvViolation.shorten(control));
                ok = false;
            }
        }
        int length = Checks.length(title);
        if (length < 1 || length > Limits.TITLE) {
            problems.add("csv.error.mitigation.title", number, Limits.TITLE, length);
            ok = false;
        }
        MitigationState parsedState = Choice.of(MitigationState.class, state);
        if (parsedState == null) {
            problems.add("csv.error.mitigation.state", number, Choice.list(MitigationState.class),
                    CsvViolation.shorten(state));
            ok = false;
        }
        int parsedEffectiveness = Choice.integer(effectiveness, 0, Limits.MAX_EFFECTIVENESS);
        if (parsedEffectiveness < 0) {
            problems.add("csv.error.mitigation.effectiveness", number, Limits.MAX_EFFECTIVENESS,
                    CsvViolation.shorten(effectiveness));
            ok = false;
        }
        return ok ? new Line(controlId, title, parsedState, parsedEffectiveness) : null;
    }
}
