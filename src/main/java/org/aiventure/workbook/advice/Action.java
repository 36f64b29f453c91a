package org.aiventure.workbook.advice;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Messages;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.FindingText;
import org.aiventure.workbook.scoring.Message;
import org.aiventure.workbook.scoring.Severity;
import org.aiventure.workbook.scoring.Subject;

/**
 * One next best action: what it does ({@code kind}, {@code subject}, {@code detail}: the mitigation, control or
 * risk it touches beyond its subject), its description, the printed readiness before and after it, and the
 * severities of the findings it clears, most severe first. {@link #edit} turns it into an ordinary edit.
 */
public record Action(ActionKind kind, Subject subject, String detail, Message description, BigDecimal before,
                     BigDecimal after, List<Severity> clears, Draft draft) {

    /**
     * The ranking of issue 9: the larger gain first; then the more severe findings cleared (compared most
     * severe first, an action that clears more ranking above one that clears a prefix of it); then kind,
     * subject id and detail, so the order is total and the same on every run.
     */
    public static final Comparator<Action> ORDER = Comparator.comparing(Action::gain).reversed()
            .thenComparing(Action::clears, Action::bySeverity)
            .thenComparing(Action::kind)
            .thenComparing(a -> a.subject().id())
            .thenComparing(Action::detail);

    /** Builds the edit from the founder's answer (the parts the kind asks for) and a source of new ids. */
    @FunctionalInterface
    interface Draft {
        Edit build(ClaimAnswer answer, Supplier<UUID> ids);
    }

    public Action {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        clears = List.copyOf(clears);
        Objects.requireNonNull(draft, "draft");
    }

    /** The printed readiness after minus the printed readiness before: exactly what the dashboard will move by. */
    public BigDecimal gain() {
        return after.subtract(before);
    }

    /** "+4.2", "0.0" or "-0.3". */
    public String signedGain() {
        return (gain().signum() > 0 ? "+" : "") + gain().toPlainString();
    }

    /** "Implement Data masking on R-001" in the given language. */
    public String describe(KnowledgeBase kb, Language language) {
        return FindingText.render(description, kb, language);
    }

    /** "+4.2: Implement Data masking on R-001", the line the dashboard, the findings panel and the CLI show. */
    public String line(KnowledgeBase kb, Language language) {
        return Messages.format(language, "advice.line", signedGain(), describe(kb, language));
    }

    /** The parts the kind asks for that {@code answer} (null: none given) leaves blank, in the order asked. */
    public List<ClaimField> missing(ClaimAnswer answer) {
        ClaimAnswer given = answer == null ? ClaimAnswer.NONE : answer;
        return kind.asks().stream().filter(given::isBlank).toList();
    }

    /**
     * The edit that does this action. An action that needs the founder's words, evidence or a person refuses
     * an answer with any of them blank; one that only plans ignores the answer (null will do).
     */
    public Edit edit(ClaimAnswer answer, Supplier<UUID> ids) {
        List<ClaimField> missing = missing(answer);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(kind + " needs the founder's " + missing);
        }
        return draft.build(answer == null ? ClaimAnswer.NONE : answer, ids);
    }

    private static int bySeverity(List<Severity> a, List<Severity> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(b.size(), a.size());
    }
}
