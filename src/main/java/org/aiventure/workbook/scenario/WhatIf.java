package org.aiventure.workbook.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.knowledge.ControlGroup;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.knowledge.Requirement;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Assessor;

/**
 * Plays a scenario on a copy of the project: what the knowledge base requires before and after (its own
 * condition evaluation, the one the engine uses) and the engine's two assessments. Pure and quick (two
 * assessments), so the UI re-runs it off the FX thread on every change of the scenario.
 */
public final class WhatIf {

    private WhatIf() {
    }

    public static ScenarioOutcome evaluate(Project project, Scenario scenario, KnowledgeBase kb, LocalDate asOf) {
        return evaluate(project, Assessor.assess(project, kb, asOf), scenario, kb);
    }

    /** With the project's assessment already at hand (the open project's), only the scenario is assessed. */
    public static ScenarioOutcome evaluate(Project project, Assessment before, Scenario scenario, KnowledgeBase kb) {
        Project changed = scenario.applyTo(project);
        Assessment after = Assessor.assess(changed, kb, before.asOf());
        return new ScenarioOutcome(scenario, before, after,
                SetChange.between(requirementIds(kb, project), requirementIds(kb, changed)),
                SetChange.between(kb.requiredCategories(project), kb.requiredCategories(changed)),
                SetChange.between(groupIds(kb, project), groupIds(kb, changed)),
                SetChange.between(kb.requiredRoles(project), kb.requiredRoles(changed)),
                FindingChanges.between(project, before, changed, after));
    }

    private static List<String> requirementIds(KnowledgeBase kb, Project project) {
        return kb.applyingRequirements(project).stream().map(Requirement::id).toList();
    }

    private static List<String> groupIds(KnowledgeBase kb, Project project) {
        List<String> ids = new ArrayList<>();
        for (Map.Entry<RiskCategory, List<ControlGroup>> e : kb.requiredControlGroups(project).entrySet()) {
            e.getValue().forEach(g -> ids.add(g.id(e.getKey())));
        }
        return ids;
    }
}
