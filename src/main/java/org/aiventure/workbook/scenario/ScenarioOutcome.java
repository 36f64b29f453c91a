package org.aiventure.workbook.scenario;

import java.util.Objects;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.scoring.Assessment;

/**
 * What a scenario would change: the requirements (by id), required categories, control groups (by the
 * subject id of scoring.md, {@code CATEGORY:CONTROL|CONTROL}) and roles it adds or removes, the findings that
 * appear or go, and the scores before and after.
 */
public record ScenarioOutcome(Scenario scenario, Assessment before, Assessment after,
                              SetChange<String> requirements, SetChange<RiskCategory> categories,
                              SetChange<String> controlGroups, SetChange<Role> roles, FindingChanges findings) {

    public ScenarioOutcome {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    public ScoreComparison scores() {
        return new ScoreComparison(Scores.of(before), Scores.of(after));
    }

    /** True when the scenario changes no requirement, no finding and no score. */
    public boolean isEmpty() {
        return requirements.isEmpty() && categories.isEmpty() && controlGroups.isEmpty() && roles.isEmpty()
                && findings.isEmpty() && Scores.of(before).equals(Scores.of(after));
    }
}
