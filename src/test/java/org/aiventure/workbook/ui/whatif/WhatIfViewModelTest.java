package org.aiventure.workbook.ui.whatif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.exchange.ProjectFiles;
import org.aiventure.workbook.scenario.ScenarioOutcome;
import org.aiventure.workbook.session.Workbook;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.OpenedProject;
import org.aiventure.workbook.ui.common.CurrentThreadTaskExecutor;
import org.aiventure.workbook.ui.common.I18n;
import org.aiventure.workbook.ui.common.ProjectModel;
import org.aiventure.workbook.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A what-if scenario over a real workbook's project: Discard leaves the stored project byte-identical. */
class WhatIfViewModelTest {

    @TempDir
    Path dir;

    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final I18n i18n = new I18n(Language.EN);
    private final ProjectModel model = new ProjectModel(i18n, dialogs);
    private OpenedProject opened;
    private Workbook workbook;
    private UUID id;

    @BeforeEach
    void openZhizao() throws Exception {
        opened = OpenedProject.fromExample(dir, Examples.ZHIZAO, model, tasks.uiThread(), tasks.assessor());
        workbook = opened.workbook();
        id = opened.id();
    }

    @AfterEach
    void close() {
        opened.close();
    }

    /** The project as the store holds it, written as the canonical file (at a fixed export time). */
    private byte[] stored() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProjectFiles().write(workbook.load(id).project(), Instant.EPOCH, "test", out);
        return out.toByteArray();
    }

    @Test
    void enteringTheEuShowsTheNewGroupAndRoleAndDiscardingLeavesTheStoredProjectByteIdentical() throws Exception {
        byte[] before = stored();
        long revision = workbook.load(id).revision();
        WhatIfViewModel vm = new WhatIfViewModel(model, i18n, dialogs, tasks);
        vm.nameProperty().set("Enter the EU market");
        vm.include(Market.EU, true);
        vm.answer(ProfileFact.PUBLIC_FACING, true);
        vm.answer(ProfileFact.PUBLIC_FACING, false);
        ScenarioOutcome o = vm.outcomeProperty().get();
        assertEquals(List.of("Q-EU"), o.requirements().added());
        assertEquals(List.of("LEGAL_ETHICS:LEG_RISK_CLASSIFICATION"), o.controlGroups().added());
        assertEquals(List.of(Role.LEGAL_COMPLIANCE), o.roles().added());
        assertTrue(vm.canApply().get());
        assertEquals(List.of(Market.CN), model.project().markets(), "playing a scenario changes nothing");

        vm.discard();
        assertFalse(vm.canApply().get(), "the scenario starts over from the project");
        assertTrue(vm.outcomeProperty().get().isEmpty());
        assertFalse(model.canUndo().get(), "nothing went on the undo history");
        opened.open().close();
        tasks.settle();
        assertEquals(revision, workbook.load(id).revision(), "no write reached the store");
        assertArrayEquals(before, stored(), "the stored project is byte-identical");
    }

    @Test
    void applyingMakesTheWholeScenarioOneUndoableEditThatIsSaved() throws Exception {
        WhatIfViewModel vm = new WhatIfViewModel(model, i18n, dialogs, tasks);
        vm.nameProperty().set("Go to the EU at scale");
        vm.include(Market.EU, true);
        vm.changeStage(Stage.SCALE);
        vm.answer(ProfileFact.PUBLIC_FACING, true);
        assertTrue(vm.apply());
        assertEquals(List.of(Market.CN, Market.EU), model.project().markets());
        assertEquals(Stage.SCALE, model.project().stage());
        assertTrue(model.project().profile().has(ProfileFact.PUBLIC_FACING));
        assertEquals("Undo apply scenario “Go to the EU at scale”", model.undoLabel().get());
        assertFalse(vm.canApply().get(), "applied: the scenario now equals the project");
        tasks.settle();
        assertEquals(List.of(Market.CN, Market.EU), workbook.load(id).project().markets(), "saved");

        model.undo();
        assertEquals(List.of(Market.CN), model.project().markets());
        assertEquals(Stage.REVENUE, model.project().stage());
        assertFalse(model.project().profile().has(ProfileFact.PUBLIC_FACING));
        assertFalse(model.canUndo().get(), "one undo took the whole scenario back");
    }

    @Test
    void aScenarioWithoutANameCannotBeApplied() {
        WhatIfViewModel vm = new WhatIfViewModel(model, i18n, dialogs, tasks);
        vm.include(Market.US, true);
        assertTrue(vm.canApply().get());
        vm.nameProperty().set("  ");
        assertFalse(vm.canApply().get(), "the Undo menu needs a name");
    }
}
