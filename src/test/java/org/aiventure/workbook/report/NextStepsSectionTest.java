package org.aiventure.workbook.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.aiventure.workbook.advice.Action;
import org.aiventure.workbook.advice.ClaimAnswer;
import org.aiventure.workbook.advice.Advisor;
import org.aiventure.workbook.advice.Confirmation;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Messages;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.ProjectGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The briefing's Next steps read back: the advisor's five best actions, in its order, with its gains. */
class NextStepsSectionTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of(Examples.MEDTRIAGE, "Next steps", "Readiness on 2026-11-28 is 60.4 (grade C)"),
                Arguments.of(Examples.ZHIZAO, "下一步行动", "截至 2026-11-28，准备度为 85.4（等级 A）"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theExamplesListTheAdvisorsTopFiveWithTheirGainsInOrder(String resource, String title, String readiness)
            throws IOException {
        BriefingPdf pdf = BriefingPdf.of(Examples.project(resource));
        String section = pdf.squeezedSection(title);
        assertTrue(section.startsWith(BriefingPdf.squeeze(title)), "the bookmark's page opens with its heading: "
                + section);
        assertTrue(section.contains(BriefingPdf.squeeze(readiness)), section);

        Language language = pdf.project.language();
        List<Action> actions = Advisor.rank(pdf.project, BriefingPdf.knowledge(), BriefingPdf.AS_OF);
        assertTrue(actions.size() > 5, "the example has more actions than the section shows: " + actions.size());
        int at = 0;
        for (int i = 0; i < 5; i++) {
            Action action = actions.get(i);
            // the cells of a row are drawn one after the other, so rank, gain, description and what it takes
            // extract as one run
            String row = BriefingPdf.squeeze((i + 1) + action.signedGain()
                    + action.describe(BriefingPdf.knowledge(), language)
                    + Messages.format(language, "brief.nextSteps.needs." + action.kind().confirmation().name()));
            int found = section.indexOf(row, at);
            assertTrue(found >= 0, "row " + (i + 1) + " " + row + " after position " + at + " in " + section);
            at = found + row.length();
        }
        for (Action later : actions.subList(5, actions.size())) {
            String description = later.describe(BriefingPdf.knowledge(), language);
            assertFalse(section.contains(BriefingPdf.squeeze(description)), "only five: " + description);
        }
    }

    @Test
    void aProjectWithNoActionsSaysNothingWouldRaiseTheReadiness() throws IOException {
        Project project = withEveryStepTaken(Examples.project(Examples.ZHIZAO));
        BriefingPdf pdf = BriefingPdf.of(project, Language.EN, BriefingProgress.NONE);
        String section = pdf.squeezedSection("Next steps");
        assertTrue(section.contains(BriefingPdf.squeeze("No step would raise the readiness or clear a finding")),
                section);
        assertTrue(section.contains(BriefingPdf.squeeze("Readiness on 2026-11-28 is "
                + pdf.assessment.overall().toPlainString())), section);
        assertFalse(section.contains("Gain"), "no table without actions: " + section);
    }

    /** Takes the best action until none is left, as a founder following the advice would. */
    private static Project withEveryStepTaken(Project project) {
        Supplier<UUID> ids = ProjectGenerator.ids(17);
        for (int step = 0; step < 50; step++) {
            List<Action> actions = Advisor.rank(project, BriefingPdf.knowledge(), BriefingPdf.AS_OF);
            if (actions.isEmpty()) {
                return project;
            }
            Action best = actions.get(0);
            ClaimAnswer answer = best.kind().confirmation() == Confirmation.NONE ? ClaimAnswer.NONE
                    : new ClaimAnswer("Signed off 2026-11-20", "Li Wei");
            project = best.edit(answer, ids).applyTo(project);
        }
        throw new AssertionError("the advice never runs out");
    }
}
