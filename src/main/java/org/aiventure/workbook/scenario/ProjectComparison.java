package org.aiventure.workbook.scenario;

import java.time.LocalDate;
import java.util.Objects;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Assessor;

/**
 * The open project beside another one (another project of the workbook, or an {@code .aivw} file such as a
 * co-founder's copy): their scores, the findings only one of them has, and their registers matched by risk
 * code. "Before" is the open project, "after" the other, so a delta reads "the other one is +3.1".
 */
public record ProjectComparison(Project before, Project after, ScoreComparison scores, FindingChanges findings,
                                RiskChanges risks) {

    public ProjectComparison {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Both projects assessed on the same day, so a review date counts the same on both sides. */
    public static ProjectComparison of(Project before, Project after, KnowledgeBase kb, LocalDate asOf) {
        Assessment a = Assessor.assess(before, kb, asOf);
        Assessment b = Assessor.assess(after, kb, asOf);
        return new ProjectComparison(before, after, new ScoreComparison(Scores.of(a), Scores.of(b)),
                FindingChanges.between(before, a, after, b), RiskChanges.between(before, after));
    }
}
