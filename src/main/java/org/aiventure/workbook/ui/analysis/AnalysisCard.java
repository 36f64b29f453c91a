package org.aiventure.workbook.ui.analysis;

import java.util.List;
import java.util.UUID;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.scoring.Finding;

/**
 * One opportunity or challenge as the page shows it: the item, its number within its kind (the badge that
 * labels it in the matrix, "O2", "C1"), the risks it links to in the order it lists them, and the
 * CHALLENGE_NOT_IN_REGISTER finding about it (null when there is none). Immutable, so an unchanged card is
 * equal to its previous self and nothing is redrawn.
 */
public record AnalysisCard(AnalysisItem item, int number, List<Risk> linkedRisks, Finding notInRegister) {

    public AnalysisCard {
        linkedRisks = List.copyOf(linkedRisks);
    }

    public UUID id() {
        return item.id();
    }

    public AnalysisKind kind() {
        return item.kind();
    }

    public boolean isChallenge() {
        return item.kind() == AnalysisKind.CHALLENGE;
    }
}
