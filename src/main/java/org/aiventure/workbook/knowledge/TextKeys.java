package org.aiventure.workbook.knowledge;

import java.util.List;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.NoteColor;
import org.aiventure.workbook.domain.OpportunityCategory;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.domain.Treatment;

/**
 * The subject part of a text key, e.g. {@code control.DPS_ENCRYPTION}; a text key is a subject plus a field
 * ({@code .label}, {@code .explanation}, {@code .question}, ...). Keys of different kinds collide
 * ({@code TEAM_BUILDING} is a control and a practice, {@code OTHER} a category and a market), so every
 * subject carries its kind as a prefix.
 */
public final class TextKeys {

    public static final String LABEL = ".label";
    public static final String EXPLANATION = ".explanation";

    private TextKeys() {
    }

    /** The subject of an enum value of the domain: {@code riskCategory.MARKET}, {@code fact.publicFacing}, ... */
    public static String of(Enum<?> value) {
        if (value instanceof ProfileFact f) {
            return "fact." + f.key();
        }
        return prefix(value.getDeclaringClass()) + "." + value.name();
    }

    /** The subject of a control: {@code control.KEY}. */
    public static String control(String key) {
        return "control." + key;
    }

    /** The subject of a requirement: {@code requirement.ID}. */
    public static String requirement(String id) {
        return "requirement." + id;
    }

    /** The subject of a risk template: {@code riskTemplate.CATEGORY} (fields {@code .title}, {@code .description}). */
    public static String riskTemplate(RiskCategory category) {
        return "riskTemplate." + category.name();
    }

    /** The subject of a scale step: {@code likelihood.3} or {@code impact.3} (fields {@code .label}, {@code .description}). */
    public static String scaleStep(ScaleStep.Scale scale, int value) {
        return scale.key() + "." + value;
    }

    /** The key of a canvas block's n-th guiding question (from 1). */
    public static String guidingQuestion(CanvasBlock block, int n) {
        return of(block) + ".question." + n;
    }

    /** The subject of a guide section: {@code guide.section.N} (fields {@code .title}, {@code .question}). */
    public static String guideSection(int number) {
        return "guide.section." + number;
    }

    /** The subject of a guide bullet: {@code guide.section.N.KEY} (fields {@code .title}, {@code .text}). */
    public static String guideItem(int section, String key) {
        return guideSection(section) + "." + key;
    }

    private static String prefix(Class<?> type) {
        if (type == Sector.class) {
            return "sector";
        } else if (type == Market.class) {
            return "market";
        } else if (type == Stage.class) {
            return "stage";
        } else if (type == RiskCategory.class) {
            return "riskCategory";
        } else if (type == OpportunityCategory.class) {
            return "opportunityCategory";
        } else if (type == Role.class) {
            return "role";
        } else if (type == TeamStatus.class) {
            return "teamStatus";
        } else if (type == PracticeKey.class) {
            return "practice";
        } else if (type == CanvasBlock.class) {
            return "canvasBlock";
        } else if (type == NoteColor.class) {
            return "noteColor";
        } else if (type == Evidence.class) {
            return "evidence";
        } else if (type == MitigationState.class) {
            return "mitigationState";
        } else if (type == Treatment.class) {
            return "treatment";
        } else if (type == RiskStatus.class) {
            return "riskStatus";
        } else if (type == AnalysisKind.class) {
            return "analysisKind";
        } else if (type == Area.class) {
            return "area";
        }
        throw new IllegalArgumentException("the knowledge base has no texts for " + type.getSimpleName());
    }

    /** The domain enums whose every value has a label and an explanation, in the order files list them. */
    static final List<Class<? extends Enum<?>>> LABELLED_ENUMS = List.of(ProfileFact.class, Sector.class,
            Market.class, Stage.class, RiskCategory.class, OpportunityCategory.class, Role.class, TeamStatus.class,
            PracticeKey.class, CanvasBlock.class, NoteColor.class, Evidence.class, MitigationState.class,
            Treatment.class, RiskStatus.class, AnalysisKind.class, Area.class);
}
