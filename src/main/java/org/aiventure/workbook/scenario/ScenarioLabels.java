package org.aiventure.workbook.scenario;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Messages;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.knowledge.TextKeys;

/** How the what-if and compare views and the command line name what a scenario adds or removes. */
public final class ScenarioLabels {

    private ScenarioLabels() {
    }

    /** A requirement's label, e.g. "Selling in the EU". */
    public static String requirement(KnowledgeBase kb, Language language, String id) {
        return kb.label(language, TextKeys.requirement(id));
    }

    /** A control group by its subject id {@code CATEGORY:CONTROL|CONTROL}: "Legal and ethics: A or B". */
    public static String controlGroup(KnowledgeBase kb, Language language, String id) {
        int colon = id.indexOf(':');
        String controls = Arrays.stream(id.substring(colon + 1).split("\\|"))
                .map(c -> kb.controlLabel(language, c))
                .collect(Collectors.joining(Messages.format(language, "scenario.group.or")));
        return Messages.format(language, "scenario.group",
                kb.label(language, RiskCategory.valueOf(id.substring(0, colon))), controls);
    }
}
