package org.aiventure.workbook.ui.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.scoring.Band;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Profile page's edits against a real workbook: each is one named, undoable edit the findings follow. */
class ProfileViewModelTest {

    @TempDir
    Path dir;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final I18n i18n = new I18n(Language.EN);
    private final ProjectModel model = new ProjectModel(i18n, dialogs);
    private OpenedProject opened;

    private ProfileViewModel open(boolean fromGuide) {
        opened = fromGuide ? OpenedProject.fromGuide(dir, model, tasks.uiThread(), tasks.assessor())
                : OpenedProject.blank(dir, model, tasks.uiThread(), tasks.assessor());
        return new ProfileViewModel(model, i18n);
    }

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private boolean uncovered(String category) {
        return model.assessmentProperty().get().findings().stream().anyMatch(f -> f.rule().equals("CATEGORY_UNCOVERED")
                && f.subject().id().equals(category));
    }

    private long aboveAppetite() {
        return model.assessmentProperty().get().findings().stream()
                .filter(f -> f.rule().equals("RESIDUAL_ABOVE_APPETITE")).count();
    }

    @Test
    void answeringPersonalDataRequiresPrivacyAtOnceAndUndoTakesItBack() {
        ProfileViewModel vm = open(false);
        assertFalse(uncovered("DATA_PRIVACY_SECURITY"));

        vm.answer(ProfileFact.HANDLES_PERSONAL_DATA, true);

        assertTrue(vm.project().profile().has(ProfileFact.HANDLES_PERSONAL_DATA));
        assertTrue(uncovered("DATA_PRIVACY_SECURITY"), "a privacy risk is now expected and there is none");
        assertEquals("Undo answer “Personal data”", model.undoLabel().get());

        model.undo();
        assertFalse(vm.project().profile().has(ProfileFact.HANDLES_PERSONAL_DATA));
        assertFalse(uncovered("DATA_PRIVACY_SECURITY"));
    }

    @Test
    void aRenameIsOneEditAndSavedInTheStore() {
        ProfileViewModel vm = open(false);
        assertTrue(vm.rename("MedTriage AI"));
        assertEquals("MedTriage AI", vm.project().name());
        assertEquals("Undo rename project", model.undoLabel().get());
        model.undo();
        assertEquals("MedTriage", vm.project().name());
        assertFalse(model.canUndo().get(), "the rename was exactly one step");

        model.redo();
        tasks.settle();
        assertEquals("MedTriage AI", opened.workbook().load(vm.project().id()).project().name());
    }

    @Test
    void aBlankNameIsRefusedAndChangesNothing() {
        ProfileViewModel vm = open(false);
        Project before = vm.project();
        assertFalse(vm.rename("   "));
        assertEquals(before, vm.project());
        assertFalse(model.canUndo().get());
        assertEquals(1, dialogs.errors.size(), "the founder is told why");
    }

    @Test
    void theSameTextMakesNoEdit() {
        ProfileViewModel vm = open(false);
        assertTrue(vm.rename("MedTriage"));
        assertTrue(vm.changeSummary(vm.project().summary()));
        assertFalse(model.canUndo().get());
    }

    @Test
    void theAppetiteDecidesWhichRisksAreFlagged() {
        ProfileViewModel vm = open(true);
        assertEquals(5, aboveAppetite(), "the guide's five risks score 9 with planned mitigations, above 8");
        assertEquals(5, vm.risksAboveAppetite());

        vm.changeAppetite(9);
        assertEquals(0, aboveAppetite(), "a residual of 9 is within an appetite of 9");
        assertEquals("Undo change risk appetite", model.undoLabel().get());
        model.undo();
        assertEquals(8, vm.project().riskAppetite());
        assertEquals(5, aboveAppetite());
    }

    @Test
    void sectorsAndMarketsKeepTheOrderOfTicking() {
        ProfileViewModel vm = open(false);
        vm.includeSector(Sector.FINANCE, true);
        vm.includeSector(Sector.HEALTHCARE, true);
        vm.includeSector(Sector.FINANCE, true);
        assertEquals(List.of(Sector.FINANCE, Sector.HEALTHCARE), vm.project().sectors());
        vm.includeSector(Sector.FINANCE, false);
        assertEquals(List.of(Sector.HEALTHCARE), vm.project().sectors());

        vm.includeMarket(Market.EU, true);
        vm.includeMarket(Market.CN, true);
        assertEquals(List.of(Market.EU, Market.CN), vm.project().markets());
        assertTrue(uncovered("LEGAL_ETHICS"), "an EU market asks for legal risks");
    }

    @Test
    void stageAndLanguageAreNamedEdits() {
        ProfileViewModel vm = open(false);
        vm.changeStage(Stage.PILOT);
        assertEquals("Undo change stage", model.undoLabel().get());
        vm.changeLanguage(Language.ZH_CN);
        assertEquals(Language.ZH_CN, vm.project().language());
        assertEquals("Undo change briefing language", model.undoLabel().get());
    }

    @Test
    void theAppetiteIsExplainedWithItsBandAndAnExample() {
        ProfileViewModel vm = open(false);
        assertEquals(Band.MEDIUM, vm.appetiteBand(8));
        assertEquals(Band.CRITICAL, vm.appetiteBand(17));
        assertArrayEquals(new int[] {4, 2}, ProfileViewModel.largestRatingWithin(8));
        assertArrayEquals(new int[] {3, 3}, ProfileViewModel.largestRatingWithin(9));
        assertArrayEquals(new int[] {1, 1}, ProfileViewModel.largestRatingWithin(1));
        String meaning = vm.appetiteMeaning(8);
        assertTrue(meaning.contains("up to 8") && meaning.contains("Likely × Moderate"), meaning);
        i18n.languageProperty().set(Language.ZH_CN);
        assertTrue(vm.appetiteMeaning(8).contains("很可能 × 中等"), vm.appetiteMeaning(8));
    }
}
