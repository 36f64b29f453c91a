package org.aiventure.workbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.aiventure.workbook.domain.Acceptance;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.NoteColor;
import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.ProjectSummary;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.Treatment;
import org.aiventure.workbook.testing.ProjectGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkbookStoreTest {

    @TempDir
    Path dir;
    Path file;
    WorkbookStore store;

    @BeforeEach
    void open() {
        // A folder that does not exist yet, with a space and Chinese in its name, as a founder's might have.
        file = dir.resolve("my workbooks 工作簿").resolve("workbook.db");
        store = WorkbookStore.open(file);
    }

    @AfterEach
    void checkFileIsSound() throws Exception {
        store.close();
        assertEquals("ok", DatabaseFiles.integrityCheck(file));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 100, 1000})
    void aCreatedProjectLoadsEqualFieldByField(int risks) {
        Project project = ProjectGenerator.generate(risks, risks);
        StoredProject created = store.create(project);
        StoredProject loaded = store.load(project.id());
        assertEquals(1, created.revision());
        assertEquals(1, loaded.revision());
        assertRecordsEqual(project, loaded.project());
    }

    @Test
    void theGeneratorIsDeterministicAndGivesWhatItPromises() {
        Project a = ProjectGenerator.generate(42, 200);
        assertEquals(a, ProjectGenerator.generate(42, 200));
        assertNotEquals(a, ProjectGenerator.generate(43, 200));
        assertEquals(200, a.risks().size());
        assertTrue(a.risks().stream().anyMatch(r -> r.mitigations().size() == 3));
        assertTrue(a.risks().stream().anyMatch(r -> r.acceptance() != null));
        assertTrue(a.risks().stream().anyMatch(r -> r.ownerId() != null));
        assertTrue(a.risks().stream().anyMatch(r -> r.title().codePoints().anyMatch(c -> c > 0x4E00)));
        assertTrue(a.analysis().stream().anyMatch(i -> !i.linkedRiskIds().isEmpty()));
        assertTrue(a.canvas().stream().anyMatch(n -> !n.linkedRiskIds().isEmpty()));
    }

    @Test
    void storedTextKeepsScoresDatesAndNullsExactly() {
        Project project = ProjectGenerator.generate(5, 30);
        store.create(project);
        Project loaded = store.load(project.id()).project();
        assertEquals("48.0", loaded.snapshots().get(0).overall().toString());
        assertEquals(project.updatedAt(), loaded.updatedAt());
        for (int i = 0; i < project.risks().size(); i++) {
            assertEquals(project.risks().get(i).acceptance(), loaded.risks().get(i).acceptance());
            assertEquals(project.risks().get(i).reviewBy(), loaded.risks().get(i).reviewBy());
        }
    }

    @Test
    void everyKindOfEditIsSavedAndLoadsBackAsTheEditLeftIt() {
        StoredProject stored = store.create(ProjectGenerator.generate(11, 60));
        stored = saved(stored, p -> p.withName("Renamed 改名").withStage(Stage.PILOT).withRiskAppetite(12)
                .withUpdatedAt(Instant.parse("2026-11-28T18:00:00.123456Z")));
        stored = saved(stored, p -> p.addRisk(new Risk(UUID.randomUUID(), p.nextRiskCode(), "New risk 新风险", "",
                RiskCategory.SUPPLY_CHAIN, 3, 4, Treatment.MITIGATE, RiskStatus.OPEN, p.team().get(0).id(), null,
                null, List.of(new Mitigation(UUID.randomUUID(), null, "Second GPU vendor", MitigationState.PLANNED,
                        40)))));
        // A risk that items and notes link to: the links go with it.
        UUID linked = stored.project().analysis().stream().filter(a -> !a.linkedRiskIds().isEmpty()).findFirst()
                .orElseThrow().linkedRiskIds().get(0);
        stored = saved(stored, p -> p.removeRisk(linked));
        stored = saved(stored, p -> {
            List<Risk> reversed = new ArrayList<>(p.risks());
            Collections.reverse(reversed);
            return p.withRisks(reversed);
        });
        UUID mitigated = stored.project().risks().stream().filter(r -> !r.mitigations().isEmpty()).findFirst()
                .orElseThrow().id();
        stored = saved(stored, p -> p.withRisk(mitigated, r -> r.withMitigations(List.of(
                r.mitigations().get(0).withState(MitigationState.VERIFIED).withEffectiveness(90).withTitle("Done")))));
        UUID owner = stored.project().risks().stream().filter(r -> r.ownerId() != null).findFirst().orElseThrow()
                .ownerId();
        stored = saved(stored, p -> p.removeTeamEntry(owner));
        assertTrue(stored.project().risks().stream().noneMatch(r -> owner.equals(r.ownerId())));
        stored = saved(stored, p -> {
            // Move the last note to the front of the list and onto another block at a free position.
            List<CanvasNote> notes = new ArrayList<>(p.canvas());
            CanvasNote moved = notes.remove(notes.size() - 1);
            notes.add(0, new CanvasNote(moved.id(), CanvasBlock.CHANNELS, moved.text(), NoteColor.PINK, 1000,
                    Evidence.VALIDATED, moved.linkedRiskIds()));
            return p.withCanvas(notes);
        });
        stored = saved(stored, p -> p.withSectors(List.of(Sector.EDUCATION, Sector.HEALTHCARE, Sector.FINANCE)));
        stored = saved(stored, p -> p.withSectors(List.of(Sector.FINANCE, Sector.HEALTHCARE, Sector.EDUCATION)));
        stored = saved(stored, p -> p.withProfile(p.profile().with(ProfileFact.PUBLIC_FACING,
                !p.profile().has(ProfileFact.PUBLIC_FACING))));
        stored = saved(stored, p -> p.withPractices(List.of(new Practice(PracticeKey.RISK_CONTROL, true, "审计完成"),
                new Practice(PracticeKey.MARKET_RESEARCH, false, ""))));
        stored = saved(stored, p -> p.withSnapshots(p.snapshots().subList(1, p.snapshots().size())));
        Risk first = stored.project().risks().get(0);
        stored = saved(stored, p -> p.withRisk(first.id(), r -> r.withTreatment(Treatment.ACCEPT)
                .withAcceptance(new Acceptance("", null))));
        stored = saved(stored, p -> p.withRisk(first.id(), r -> r.withAcceptance(null).withReviewBy(null)));
        assertEquals(15, stored.revision());
    }

    @Test
    void aMitigationMovedToAnotherRiskAndATeamEntryReplacedInOneSave() {
        StoredProject stored = store.create(ProjectGenerator.generate(12, 40));
        Project p = stored.project();
        Risk from = p.risks().stream().filter(r -> !r.mitigations().isEmpty()).findFirst().orElseThrow();
        Risk to = p.risks().stream().filter(r -> r != from).findFirst().orElseThrow();
        Mitigation m = from.mitigations().get(0);
        TeamEntry newcomer = new TeamEntry(UUID.randomUUID(), p.team().get(0).role(), "Head of safety", p.team()
                .get(0).status(), "Lin", "", List.of(RiskCategory.LEGAL_ETHICS));
        UUID gone = p.team().get(0).id();
        saved(stored, q -> {
            Project moved = q.withRisk(from.id(), r -> r.withMitigations(r.mitigations().subList(1,
                    r.mitigations().size())))
                    .withRisk(to.id(), r -> {
                        List<Mitigation> next = new ArrayList<>(r.mitigations());
                        next.add(0, m);
                        return r.withMitigations(next);
                    });
            List<TeamEntry> team = new ArrayList<>(moved.team());
            team.add(newcomer);
            Project withNewcomer = moved.withTeam(team);
            List<Risk> risks = withNewcomer.risks().stream()
                    .map(r -> gone.equals(r.ownerId()) ? r.withOwner(newcomer.id()) : r).toList();
            return withNewcomer.withRisks(risks).removeTeamEntry(gone);
        });
    }

    @Test
    void aLongRunOfRandomEditsStaysEqualToTheProjectInMemory() {
        StoredProject stored = store.create(ProjectGenerator.generate(13, 120));
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 60; i++) {
            int kind = random.nextInt(4);
            int at = random.nextInt(stored.project().risks().size());
            Risk r = stored.project().risks().get(at);
            int step = i;
            stored = saved(stored, switch (kind) {
                case 0 -> p -> p.withRisk(r.id(), x -> x.withTitle("Edited " + step));
                case 1 -> p -> p.removeRisk(r.id());
                case 2 -> p -> {
                    List<Risk> risks = new ArrayList<>(p.risks());
                    risks.add(0, risks.remove(at));
                    return p.withRisks(risks);
                };
                default -> p -> p.addRisk(new Risk(UUID.randomUUID(), p.nextRiskCode(), "Added " + step, "",
                        RiskCategory.OTHER, 1, 1, Treatment.AVOID, RiskStatus.OPEN, null, null, null, List.of()));
            });
        }
    }

    @Test
    void listIsSortedByNameIgnoringCaseAndLeavesDeletedOut() {
        for (String name : List.of("beta", "Alpha", "gamma", "Delta")) {
            store.create(Project.blank(UUID.randomUUID(), name, Language.EN, Instant.parse("2026-01-01T00:00:00Z")));
        }
        assertEquals(List.of("Alpha", "beta", "Delta", "gamma"), names(store.list()));
        UUID beta = store.list().get(1).id();
        store.delete(beta);
        assertEquals(List.of("Alpha", "Delta", "gamma"), names(store.list()));
        assertEquals(List.of("beta"), names(store.deleted()));
    }

    @Test
    void deleteIsSoftAndRestoreBringsEverythingBack() {
        Project project = ProjectGenerator.generate(21, 50);
        store.create(project);
        store.delete(project.id());
        WorkbookStoreException gone = assertThrows(WorkbookStoreException.class, () -> store.load(project.id()));
        assertEquals("store.error.noProject", gone.key());
        StoredProject restored = store.restore(project.id());
        assertRecordsEqual(project, store.load(project.id()).project());
        assertEquals(restored, store.load(project.id()));
        assertEquals(List.of(), store.deleted());
    }

    @Test
    void renameChangesTheNameAndBumpsTheRevision() {
        Project project = ProjectGenerator.generate(22, 20);
        store.create(project);
        StoredProject renamed = store.rename(project.id(), "Pivot 转型");
        assertEquals(2, renamed.revision());
        assertEquals("Pivot 转型", store.load(project.id()).project().name());
        assertEquals(renamed, store.load(project.id()));
        assertThrows(org.aiventure.workbook.domain.DomainException.class, () -> store.rename(project.id(), "   "));
        assertEquals("Pivot 转型", store.load(project.id()).project().name());
    }

    @Test
    void duplicateHasNewIdsEverywhereAndTheSameContent() {
        Project project = ProjectGenerator.generate(23, 80);
        store.create(project);
        StoredProject copy = store.duplicate(project.id(), "Copy 副本", UUID::randomUUID);
        Project c = store.load(copy.project().id()).project();
        assertEquals(copy.project(), c);
        Set<UUID> originalIds = ids(project);
        Set<UUID> copyIds = ids(c);
        assertEquals(originalIds.size(), copyIds.size());
        copyIds.retainAll(originalIds);
        assertEquals(Set.of(), copyIds, "the copy shares no id with its source");
        // Same content: undo the renaming of ids and the two are equal.
        for (int i = 0; i < project.risks().size(); i++) {
            Risk a = project.risks().get(i);
            Risk b = c.risks().get(i);
            assertEquals(a.title(), b.title());
            assertEquals(a.ownerId() == null ? null : project.team().indexOf(teamEntry(project, a.ownerId())),
                    b.ownerId() == null ? null : c.team().indexOf(teamEntry(c, b.ownerId())));
            assertEquals(a.mitigations().size(), b.mitigations().size());
        }
        for (int i = 0; i < project.analysis().size(); i++) {
            assertEquals(codes(project, project.analysis().get(i).linkedRiskIds()),
                    codes(c, c.analysis().get(i).linkedRiskIds()));
        }
        assertEquals("Copy 副本", c.name());
        assertEquals(project.canvas().size(), c.canvas().size());
        assertEquals(List.of("Copy 副本", project.name()), names(store.list()));
        assertRecordsEqual(project, store.load(project.id()).project());
    }

    @Test
    void creatingAProjectWhoseIdIsTakenIsRefused() {
        Project project = ProjectGenerator.generate(24, 5);
        store.create(project);
        WorkbookStoreException e = assertThrows(WorkbookStoreException.class, () -> store.create(project));
        assertEquals("store.error.projectExists", e.key());
        assertEquals(1, store.list().size());
    }

    @Test
    void aStaleSaveFromAnotherWindowIsRefusedAndTheFirstEditSurvives() {
        Project project = ProjectGenerator.generate(31, 30);
        store.create(project);
        try (WorkbookStore otherWindow = WorkbookStore.open(file)) {
            StoredProject mine = store.load(project.id());
            StoredProject theirs = otherWindow.load(project.id());
            Project myEdit = mine.project().withName("Edited in window one");
            store.save(mine.revision(), mine.project(), myEdit);

            Project theirEdit = theirs.project().removeRisk(theirs.project().risks().get(0).id())
                    .withName("Edited in window two");
            StaleRevisionException stale = assertThrows(StaleRevisionException.class,
                    () -> otherWindow.save(theirs.revision(), theirs.project(), theirEdit));
            assertEquals(1, stale.baseRevision());
            assertEquals(2, stale.storedRevision());
            assertTrue(stale.getMessage().contains("changed elsewhere"), stale.getMessage());
            assertTrue(stale.getMessage().contains(file.toString()), stale.getMessage());

            assertEquals(new StoredProject(myEdit, 2), otherWindow.load(project.id()));
            assertEquals(new StoredProject(myEdit, 2), store.load(project.id()));
        }
    }

    @Test
    void aSaveOfADeletedProjectIsRefused() {
        StoredProject stored = store.create(ProjectGenerator.generate(32, 3));
        store.delete(stored.project().id());
        assertThrows(StaleRevisionException.class,
                () -> store.save(stored.revision(), stored.project(), stored.project().withName("Late edit")));
        assertEquals(stored.project().name(), store.restore(stored.project().id()).project().name());
    }

    /** Saves {@code edit} applied to {@code stored} and checks what loads back; returns the new state. */
    private StoredProject saved(StoredProject stored, UnaryOperator<Project> edit) {
        Project after = edit.apply(stored.project());
        StoredProject saved = store.save(stored.revision(), stored.project(), after);
        assertEquals(stored.revision() + 1, saved.revision());
        StoredProject loaded = store.load(after.id());
        assertEquals(saved.revision(), loaded.revision());
        assertRecordsEqual(after, loaded.project());
        return loaded;
    }

    /** Field by field first, so a failure names the part that differs, then the whole. */
    static void assertRecordsEqual(Project expected, Project actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.sectors(), actual.sectors());
        assertEquals(expected.markets(), actual.markets());
        assertEquals(expected.profile(), actual.profile());
        assertEquals(expected.team(), actual.team());
        assertEquals(expected.risks().size(), actual.risks().size());
        for (int i = 0; i < expected.risks().size(); i++) {
            assertEquals(expected.risks().get(i), actual.risks().get(i), "risk " + i);
        }
        assertEquals(expected.analysis(), actual.analysis());
        assertEquals(expected.canvas(), actual.canvas());
        assertEquals(expected.practices(), actual.practices());
        assertEquals(expected.snapshots(), actual.snapshots());
        assertEquals(expected, actual);
    }

    private static List<String> names(List<ProjectSummary> list) {
        return list.stream().map(ProjectSummary::name).toList();
    }

    private static Set<UUID> ids(Project p) {
        Set<UUID> ids = new HashSet<>();
        ids.add(p.id());
        p.risks().forEach(r -> {
            ids.add(r.id());
            r.mitigations().forEach(m -> ids.add(m.id()));
        });
        p.team().forEach(t -> ids.add(t.id()));
        p.analysis().forEach(a -> ids.add(a.id()));
        p.canvas().forEach(n -> ids.add(n.id()));
        p.snapshots().forEach(s -> ids.add(s.id()));
        return ids;
    }

    private static TeamEntry teamEntry(Project p, UUID id) {
        return p.team().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> codes(Project p, List<UUID> riskIds) {
        return riskIds.stream().map(id -> p.risk(id).code()).toList();
    }
}
