package org.aiventure.workbook.ui.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Band;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;

/**
 * The Profile page's operations: each change of a field is one named {@link Edit} through
 * {@link ProjectModel#apply}, so Undo names it and the findings follow at once. A value the project refuses
 * (a blank name) changes nothing; the model has already explained why.
 */
public final class ProfileViewModel {

    /** The rule whose findings the appetite decides (scoring.md). */
    static final String ABOVE_APPETITE_RULE = "RESIDUAL_ABOVE_APPETITE";

    private final ProjectModel model;
    private final I18n i18n;

    public ProfileViewModel(ProjectModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return model.projectProperty();
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return model.assessmentProperty();
    }

    public ReadOnlyObjectProperty<KnowledgeBase> knowledgeProperty() {
        return model.knowledgeProperty();
    }

    public Project project() {
        return model.project();
    }

    public KnowledgeBase knowledge() {
        return model.knowledge();
    }

    public I18n i18n() {
        return i18n;
    }

    /** Renames the project; false when it was refused (blank or too long) and nothing changed. */
    public boolean rename(String name) {
        return change(Project::name, name, "edit.profile.name", Project::withName);
    }

    /** Replaces the summary; false when it was refused (too long) and nothing changed. */
    public boolean changeSummary(String summary) {
        return change(Project::summary, summary, "edit.profile.summary", Project::withSummary);
    }

    /** The language of the project's PDF briefing. */
    public void changeLanguage(Language language) {
        change(Project::language, language, "edit.profile.language", Project::withLanguage);
    }

    public void changeStage(Stage stage) {
        change(Project::stage, stage, "edit.profile.stage", Project::withStage);
    }

    /** Ticks or unticks a sector; a ticked one goes to the end, so the list keeps the order of ticking. */
    public void includeSector(Sector sector, boolean included) {
        change(Project::sectors, toggled(project() == null ? List.of() : project().sectors(), sector, included),
                "edit.profile.sectors", Project::withSectors);
    }

    /** Ticks or unticks a market, keeping the order of ticking like {@link #includeSector}. */
    public void includeMarket(Market market, boolean included) {
        change(Project::markets, toggled(project() == null ? List.of() : project().markets(), market, included),
                "edit.profile.markets", Project::withMarkets);
    }

    /** Answers one of the seven profile questions; the required categories, controls and roles follow. */
    public void answer(ProfileFact fact, boolean yes) {
        Project p = project();
        if (p != null && p.profile().has(fact) != yes) {
            model.apply(Edit.of("edit.profile.answer." + fact.key(),
                    project -> project.withProfile(project.profile().with(fact, yes))));
        }
    }

    public void changeAppetite(int appetite) {
        change(Project::riskAppetite, appetite, "edit.profile.appetite", Project::withRiskAppetite);
    }

    // ---- what the page shows ---------------------------------------------------------------------------

    /** The band an appetite falls in: the band of a risk whose residual equals it. */
    public Band appetiteBand(int appetite) {
        return Band.of(appetite);
    }

    /**
     * What an appetite means, in the current language: the residual a founder accepts, the band it lies in,
     * and an example rating on the two scales that stays within it.
     */
    public String appetiteMeaning(int appetite) {
        KnowledgeBase kb = knowledge();
        Language lang = i18n.language();
        int[] pair = largestRatingWithin(appetite);
        return i18n.get("profile.appetite.text", i18n.get("profile.appetite.meaning", appetite),
                i18n.get("profile.appetite.band." + appetiteBand(appetite).name()),
                i18n.get("profile.appetite.example", pair[0] * pair[1],
                        kb.likelihoodStep(pair[0]).label().in(lang), kb.impactStep(pair[1]).label().in(lang)));
    }

    /** How many open risks the current appetite flags now. */
    public long risksAboveAppetite() {
        Assessment a = model.assessmentProperty().get();
        return a == null ? 0 : a.findings().stream().filter(f -> f.rule().equals(ABOVE_APPETITE_RULE)).count();
    }

    /**
     * The likelihood × impact rating with the largest score not above the appetite; among equal scores the
     * most balanced one, likelihood first, so 8 reads "likely × moderate" rather than "unlikely × major".
     */
    static int[] largestRatingWithin(int appetite) {
        int[] best = {1, 1};
        for (int likelihood = 1; likelihood <= 5; likelihood++) {
            for (int impact = 1; impact <= likelihood; impact++) {
                int score = likelihood * impact;
                int bestScore = best[0] * best[1];
                if (score <= appetite && (score > bestScore
                        || score == bestScore && likelihood - impact < best[0] - best[1])) {
                    best = new int[] {likelihood, impact};
                }
            }
        }
        return best;
    }

    private <T> boolean change(Function<Project, T> current, T next, String label,
                               BiFunction<Project, T, Project> with) {
        Project p = project();
        if (p == null) {
            return false;
        }
        if (current.apply(p).equals(next)) {
            return true;
        }
        return model.apply(Edit.of(label, project -> with.apply(project, next)));
    }

    private static <E> List<E> toggled(List<E> list, E value, boolean included) {
        List<E> next = new ArrayList<>(list);
        if (!included) {
            next.remove(value);
        } else if (!next.contains(value)) {
            next.add(value);
        }
        return next;
    }
}
