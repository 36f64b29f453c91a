package org.aiventure.workbook.ui.advice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aiventure.workbook.advice.Action;
import org.aiventure.workbook.advice.ActionEdits;
import org.aiventure.workbook.advice.ClaimField;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.Limits;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.advice.ClaimForm.Fact;
import org.aiventure.workbook.ui.advice.ClaimForm.Field;

/**
 * The claim editor's form for each kind of action that needs the founder: the change pre-filled from the
 * project (the mitigation and its state, the role's entry and who is in it, the practice's evidence so far),
 * in the current language. A mitigation's effectiveness is shown, not edited: it moves the residual score,
 * so an edited figure would make the readiness shown here (the action's own) a promise the edit breaks.
 */
final class ClaimForms {

    /** Evidence of work done is a few lines kept beside the change (a description, a note), not a document. */
    private static final int EVIDENCE_LIMIT = Limits.NOTE_TEXT;

    private final KnowledgeBase kb;
    private final I18n i18n;

    ClaimForms(KnowledgeBase kb, I18n i18n) {
        this.kb = kb;
        this.i18n = i18n;
    }

    /** The form of {@code action} on {@code project}, assessed on {@code asOf}; a plan has none. */
    ClaimForm of(Action action, Project project, LocalDate asOf) {
        String id = action.subject().id();
        String heading = action.describe(kb, i18n.language());
        Form form = switch (action.kind()) {
            case IMPLEMENT_MITIGATION -> implement(project.risk(UUID.fromString(id)), UUID.fromString(action.detail()));
            case FILL_ROLE -> fillRole(project, Role.valueOf(id), action.detail());
            case MARK_PRACTICE_DONE -> practice(project, PracticeKey.valueOf(id));
            case WRITE_ACCEPTANCE -> acceptance(project.risk(UUID.fromString(id)), asOf);
            case FILL_BLOCK -> block(CanvasBlock.valueOf(id));
            default -> throw new IllegalArgumentException(action.kind() + " only plans: there is nothing to confirm");
        };
        return new ClaimForm(action, i18n.get("advice.confirm.title", heading), heading,
                i18n.get("claim.intro." + action.kind().confirmation().name()),
                i18n.get("advice.confirm.change", action.before().toPlainString(), action.after().toPlainString()),
                form.facts(), form.fields());
    }

    /** "Still needed: Person, Evidence": what keeps a claim from being confirmed, by the fields' labels. */
    static String missing(I18n i18n, List<String> labels) {
        return i18n.get("claim.missing", String.join(i18n.get("claim.join"), labels));
    }

    private Form implement(Risk risk, UUID mitigationId) {
        Mitigation m = risk.mitigations().stream().filter(x -> x.id().equals(mitigationId)).findFirst().orElseThrow();
        return new Form(List.of(riskFact(risk),
                new Fact(i18n.get("claim.mitigation"), m.title()),
                new Fact(i18n.get("claim.state"), change(label(m.state()), label(MitigationState.IMPLEMENTED))),
                new Fact(i18n.get("claim.effectiveness"), i18n.get("claim.effectiveness.value", m.effectiveness()))),
                List.of(evidence("", "claim.help.IMPLEMENT_MITIGATION", EVIDENCE_LIMIT)));
    }

    /** The entry the action fills ({@code entryId} blank: a new one), with the person already named there. */
    private Form fillRole(Project project, Role role, String entryId) {
        TeamEntry entry = entryId.isEmpty() ? null
                : project.team().stream().filter(e -> e.id().toString().equals(entryId)).findFirst().orElseThrow();
        String status = entry == null ? i18n.get("claim.none") : label(entry.status());
        return new Form(List.of(new Fact(i18n.get("claim.role"), label(role)),
                new Fact(i18n.get("claim.status"), change(status, label(TeamStatus.FILLED)))),
                List.of(new Field(ClaimField.PERSON, i18n.get("claim.person"), entry == null ? "" : entry.person(),
                                i18n.get("claim.help.person"), Limits.PERSON),
                        evidence("", "claim.help.FILL_ROLE", EVIDENCE_LIMIT)));
    }

    /** The practice's evidence so far is where the founder starts: marking it done replaces it. */
    private Form practice(Project project, PracticeKey key) {
        String evidence = project.practices().stream().filter(p -> p.key() == key).map(Practice::evidence)
                .findFirst().orElse("");
        return new Form(List.of(new Fact(i18n.get("claim.practice"), label(key)),
                new Fact(i18n.get("claim.state"), change(i18n.get("claim.practice.notDone"),
                        i18n.get("claim.practice.done")))),
                List.of(evidence(evidence, "claim.help.MARK_PRACTICE_DONE", Limits.LONG_TEXT)));
    }

    private Form acceptance(Risk risk, LocalDate asOf) {
        LocalDate expires = ActionEdits.keptExpiry(risk, asOf);
        String rationale = risk.acceptance() == null ? "" : risk.acceptance().rationale();
        return new Form(List.of(riskFact(risk), new Fact(i18n.get("claim.expires"),
                        expires == null ? i18n.get("claim.expires.none") : expires.toString())),
                List.of(new Field(ClaimField.TEXT, i18n.get("claim.rationale"), rationale,
                        i18n.get("claim.help.WRITE_ACCEPTANCE"), Limits.LONG_TEXT)));
    }

    /** A first note: the block's first guiding question says what to write. */
    private Form block(CanvasBlock block) {
        List<String> questions = kb.guidingQuestions(i18n.language(), block);
        return new Form(List.of(new Fact(i18n.get("claim.block"), label(block)),
                new Fact(i18n.get("claim.noteEvidence"), label(Evidence.HYPOTHESIS))),
                List.of(new Field(ClaimField.TEXT, i18n.get("claim.note"), "",
                        questions.isEmpty() ? i18n.get("claim.help.FILL_BLOCK") : questions.get(0), Limits.NOTE_TEXT)));
    }

    private Fact riskFact(Risk risk) {
        return new Fact(i18n.get("claim.risk"), i18n.get("claim.risk.value", risk.code(), risk.title()));
    }

    private Field evidence(String initial, String helpKey, int limit) {
        return new Field(ClaimField.TEXT, i18n.get("claim.evidence"), initial, i18n.get(helpKey), limit);
    }

    private String change(String from, String to) {
        return i18n.get("claim.change", from, to);
    }

    private String label(Enum<?> value) {
        return kb.label(i18n.language(), value);
    }

    /** A kind's part of the form. */
    private record Form(List<Fact> facts, List<Field> fields) {
    }
}
