package org.aiventure.workbook.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Messages;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.FindingText;
import org.aiventure.workbook.scoring.RiskScore;

/**
 * What every section draws from: the project, its assessment, the words of the briefing's language and the
 * page flow. Words come from the bundles ({@code brief.*} and the app's shared keys) and the knowledge base.
 */
final class Briefing {

    private final BriefingRequest request;
    private final PageFlow flow;
    private final Map<UUID, RiskScore> scores;
    private final Map<UUID, TeamEntry> team;
    private boolean summaryOnCover;

    Briefing(BriefingRequest request, PageFlow flow) {
        this.request = request;
        this.flow = flow;
        this.scores = request.assessment().risks().stream()
                .collect(Collectors.toMap(RiskScore::id, s -> s, (a, b) -> a, HashMap::new));
        this.team = request.project().team().stream()
                .collect(Collectors.toMap(TeamEntry::id, t -> t, (a, b) -> a, HashMap::new));
    }

    Project project() {
        return request.project();
    }

    Assessment assessment() {
        return request.assessment();
    }

    KnowledgeBase knowledge() {
        return request.knowledge();
    }

    Language language() {
        return request.language();
    }

    PageFlow flow() {
        return flow;
    }

    BriefingRequest request() {
        return request;
    }

    /** Starts a section on a new page under the title of {@code brief.section.<key>}, with its bookmark. */
    void start(String sectionKey, boolean landscape) {
        flow.startSection(text("section." + sectionKey), landscape, true);
    }

    /** Starts a section whose title is only its bookmark. */
    void startUntitled(String sectionKey) {
        flow.startSection(text("section." + sectionKey), false, false);
    }

    /** A text of the briefing's own: {@code brief.<key>}. */
    String text(String key, Object... args) {
        return Messages.format(language(), "brief." + key, args);
    }

    /** Any text of the app's bundles by its full key (severity names, column headers the app already has). */
    String message(String key, Object... args) {
        return Messages.format(language(), key, args);
    }

    /** The knowledge base's label of a domain value (a category, a stage, a role, ...). */
    String label(Enum<?> value) {
        return knowledge().label(language(), value);
    }

    String labels(List<? extends Enum<?>> values) {
        if (values.isEmpty()) {
            return text("none");
        }
        return values.stream().map(this::label).collect(Collectors.joining(text("listSeparator")));
    }

    RiskScore score(Risk risk) {
        return scores.get(risk.id());
    }

    /** The owner as the register names them ("Security lead — Ana"), or the register's word for nobody. */
    String owner(Risk risk) {
        TeamEntry entry = risk.ownerId() == null ? null : team.get(risk.ownerId());
        if (entry == null) {
            return message("risks.owner.none");
        }
        return entry.person().isBlank() ? entry.title() : message("risks.owner.name", entry.title(), entry.person());
    }

    String findingMessage(Finding finding) {
        return FindingText.message(finding, knowledge(), language());
    }

    String findingFix(Finding finding) {
        return FindingText.fix(finding, knowledge(), language());
    }

    String severity(org.aiventure.workbook.scoring.Severity severity) {
        return message("severity." + severity.name());
    }

    String band(org.aiventure.workbook.scoring.Band band) {
        return message("risks.band." + band.name());
    }

    boolean summaryOnCover() {
        return summaryOnCover;
    }

    void summaryOnCover(boolean shown) {
        summaryOnCover = shown;
    }
}
