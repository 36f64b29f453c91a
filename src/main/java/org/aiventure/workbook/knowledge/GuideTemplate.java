package org.aiventure.workbook.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.aiventure.workbook.domain.AnalysisCategory;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.domain.Treatment;

/**
 * "New project from the guide" (knowledge.md, last section): a new project's defaults pre-filled with the
 * guide's content in one language, so a founder edits a worked example instead of facing a blank page.
 * Ids come from {@code ids} and the clock from {@code now}, so a test gets the same project every time.
 */
public final class GuideTemplate {

    /** The scale value the guide's risks and analysis items start at: the middle, for the founder to adjust. */
    static final int START_SCALE = 3;

    private GuideTemplate() {
    }

    public static Project build(KnowledgeBase kb, Language language, String name, Supplier<UUID> ids, Instant now) {
        Project project = Project.blank(ids.get(), name, language, now)
                .withSummary(kb.text(language, "template.summary"));
        List<Risk> risks = risks(kb, language, ids);
        Map<RiskCategory, Risk> riskOf = new EnumMap<>(RiskCategory.class);
        risks.forEach(r -> riskOf.put(r.category(), r));
        return project
                .withRisks(risks)
                .withTeam(team(kb, language, project, ids))
                .withAnalysis(analysis(kb, language, riskOf, ids))
                .withPractices(practices());
    }

    /** One OPEN risk per section that answers a risk category (§1-§5), carrying that section's controls. */
    private static List<Risk> risks(KnowledgeBase kb, Language language, Supplier<UUID> ids) {
        List<Risk> risks = new ArrayList<>();
        for (GuideSection section : kb.guide().sections()) {
            if (section.category() == null || section.itemKind() != GuideSection.ItemKind.CONTROLS) {
                continue;
            }
            RiskTemplate template = kb.riskTemplate(section.category());
            UUID riskId = ids.get();
            List<Mitigation> mitigations = section.items().stream()
                    .map(item -> kb.control(item.key()))
                    .map(c -> new Mitigation(ids.get(), c.key(), kb.controlLabel(language, c.key()),
                            MitigationState.PLANNED, c.defaultEffect()))
                    .toList();
            risks.add(new Risk(riskId, Risk.code(risks.size() + 1), template.title().in(language),
                    template.description().in(language), section.category(), START_SCALE, START_SCALE,
                    Treatment.MITIGATE, RiskStatus.OPEN, null, null, null, mitigations));
        }
        return risks;
    }

    /** An entry for each role the defaults require; the founder is in place, everyone else still planned. */
    private static List<TeamEntry> team(KnowledgeBase kb, Language language, Project defaults, Supplier<UUID> ids) {
        return kb.requiredRoles(defaults).stream()
                .map(role -> new TeamEntry(ids.get(), role, kb.label(language, role),
                        role == Role.FOUNDER_CEO ? TeamStatus.FOUNDER : TeamStatus.PLANNED, "", "",
                        kb.role(role).covers()))
                .toList();
    }

    /** The guide's opportunities and challenges, each challenge linked to the risk of its category. */
    private static List<AnalysisItem> analysis(KnowledgeBase kb, Language language, Map<RiskCategory, Risk> riskOf,
                                               Supplier<UUID> ids) {
        List<AnalysisItem> items = new ArrayList<>();
        for (GuideSection section : kb.guide().sections()) {
            if (section.itemKind() != GuideSection.ItemKind.ANALYSIS) {
                continue;
            }
            for (GuideItem item : section.items()) {
                AnalysisCategory category = AnalysisCategory.of(item.key());
                Risk linked = category instanceof RiskCategory rc ? riskOf.get(rc) : null;
                items.add(new AnalysisItem(ids.get(), category.kind(), category, item.title().in(language),
                        item.text().in(language), START_SCALE, START_SCALE,
                        linked == null ? List.of() : List.of(linked.id())));
            }
        }
        return items;
    }

    private static List<Practice> practices() {
        return Arrays.stream(PracticeKey.values()).map(k -> new Practice(k, false, "")).toList();
    }
}
