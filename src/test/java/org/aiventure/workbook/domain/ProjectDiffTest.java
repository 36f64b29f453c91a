package org.aiventure.workbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.ProjectGenerator;
import org.junit.jupiter.api.Test;

/** What replacing a project with an incoming version of it would change, and nothing else. */
class ProjectDiffTest {

    private static final Project GENERATED = ProjectGenerator.generate(11, 40);

    private static Project medtriage() throws IOException {
        return Examples.project(Examples.MEDTRIAGE);
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    @Test
    void aProjectAndAnEqualOneDifferInNothing() {
        ProjectDiff diff = ProjectDiff.between(GENERATED, ProjectGenerator.generate(11, 40));

        assertTrue(diff.isEmpty());
        assertEquals(0, diff.count());
    }

    @Test
    void timestampsAloneAreNoChange() {
        assertTrue(ProjectDiff.between(GENERATED, GENERATED.withUpdatedAt(Instant.parse("2030-01-01T00:00:00Z")))
                .isEmpty());
    }

    @Test
    void eachProfileFieldIsReportedWithItsValues() {
        Project incoming = GENERATED.withName("Renamed").withSummary("").withLanguage(
                        GENERATED.language() == Language.EN ? Language.ZH_CN : Language.EN)
                .withStage(GENERATED.stage() == Stage.SCALE ? Stage.IDEA : Stage.SCALE)
                .withSectors(List.of(Sector.GENERAL, Sector.EDUCATION)).withMarkets(List.of(Market.OTHER))
                .withProfile(GENERATED.profile().with(ProfileFact.PUBLIC_FACING,
                        !GENERATED.profile().has(ProfileFact.PUBLIC_FACING)))
                .withRiskAppetite(GENERATED.riskAppetite() == 25 ? 1 : 25);

        ProjectDiff diff = ProjectDiff.between(GENERATED, incoming);

        assertEquals(List.of("name", "summary", "language", "stage", "sectors", "markets", "profile.publicFacing",
                "riskAppetite"), diff.profile().stream().map(FieldChange::field).toList());
        assertEquals(new FieldChange("name", GENERATED.name(), "Renamed"), diff.profile().get(0));
        assertEquals("GENERAL, EDUCATION", diff.profile().get(4).after());
        assertEquals(Boolean.toString(GENERATED.profile().has(ProfileFact.PUBLIC_FACING)),
                diff.profile().get(6).before());
        assertEquals(8, diff.count());
    }

    @Test
    void itemsAddedRemovedAndChangedAreFoundInEveryList() {
        Risk first = GENERATED.risks().get(0);
        Risk added = first.withCode("R-900").withTitle("New");
        added = new Risk(UUID.randomUUID(), added.code(), added.title(), added.description(), added.category(),
                added.likelihood(), added.impact(), added.treatment(), added.status(), null, null, null, List.of());
        TeamEntry leaving = GENERATED.team().get(GENERATED.team().size() - 1);
        AnalysisItem item = GENERATED.analysis().get(0);
        List<AnalysisItem> analysis = new ArrayList<>(GENERATED.analysis());
        analysis.set(0, new AnalysisItem(item.id(), item.kind(), item.category(), item.title(), "new notes",
                item.impact(), item.likelihood(), item.linkedRiskIds()));
        List<Practice> practices = new ArrayList<>(GENERATED.practices());
        Practice practice = practices.get(0);
        practices.set(0, new Practice(practice.key(), !practice.done(), practice.evidence()));
        Map<Area, BigDecimal> areas = new EnumMap<>(Area.class);
        for (Area a : Area.values()) {
            areas.put(a, BigDecimal.TEN);
        }
        Snapshot snapshot = new Snapshot(UUID.randomUUID(), Instant.parse("2026-12-01T00:00:00Z"), "", "scoring-v1",
                BigDecimal.TEN, areas);

        Project incoming = GENERATED.withRisk(first.id(), r -> r.withScale(r.likelihood() % 5 + 1, r.impact()))
                .addRisk(added).removeTeamEntry(leaving.id()).withAnalysis(analysis).withPractices(practices)
                .withSnapshots(List.of(GENERATED.snapshots().get(1), GENERATED.snapshots().get(2), snapshot));

        ProjectDiff diff = ProjectDiff.between(GENERATED, incoming);

        assertEquals(List.of(added), diff.risks().added());
        assertEquals(List.of("R-900"), diff.addedRiskCodes());
        assertEquals("likelihood", diff.risks().changed().get(0).fields().get(0));
        assertEquals(first.code(), diff.changedRiskCodes().get(0));
        assertEquals(List.of(leaving), diff.team().removed());
        assertEquals(List.of(List.of("notes")), diff.analysis().changed().stream().map(ChangedItem::fields).toList());
        assertEquals(List.of(List.of("done")), diff.practices().changed().stream().map(ChangedItem::fields).toList());
        assertEquals(List.of(snapshot), diff.snapshots().added());
        assertEquals(List.of(GENERATED.snapshots().get(0)), diff.snapshots().removed());
        assertTrue(diff.profile().isEmpty());
        assertTrue(diff.canvas().isEmpty());
    }

    @Test
    void aChangedCodeIsShownAsBeforeAndAfter() {
        Risk r = GENERATED.risks().get(2);
        ProjectDiff diff = ProjectDiff.between(GENERATED, GENERATED.withRisk(r.id(), x -> x.withCode("R-777")));

        assertEquals(List.of(r.code() + " → R-777"), diff.changedRiskCodes());
        assertEquals(List.of("code"), diff.risks().changed().get(0).fields());
    }

    /** The example against a copy with one risk retitled, one added, one removed, a note moved, a fact, a stage. */
    @Test
    void theExampleAgainstAnEditedCopyReportsExactlyTheEdits() throws IOException {
        Project existing = medtriage();
        Risk added = new Risk(id(299), "R-008", "Nurses override the triage silently", "",
                RiskCategory.MODEL_PERFORMANCE, 3, 3, Treatment.MITIGATE, RiskStatus.OPEN, null, null, null, List.of());
        CanvasNote note = existing.canvas().get(2);
        List<CanvasNote> canvas = new ArrayList<>(existing.canvas());
        canvas.set(2, new CanvasNote(note.id(), CanvasBlock.CHANNELS, note.text(), note.color(), 1, note.evidence(),
                note.linkedRiskIds()));
        Project incoming = existing.withRisk(id(202), r -> r.withTitle("Clinicians cannot see the reasons"))
                .addRisk(added).removeRisk(id(207)).withCanvas(canvas)
                .withProfile(existing.profile().with(ProfileFact.PUBLIC_FACING, true)).withStage(Stage.REVENUE);

        ProjectDiff diff = ProjectDiff.between(existing, incoming);

        assertEquals(List.of(new FieldChange("stage", "PILOT", "REVENUE"),
                new FieldChange("profile.publicFacing", "false", "true")), diff.profile());
        assertEquals(List.of("R-008"), diff.addedRiskCodes());
        assertEquals(List.of("R-007"), diff.removedRiskCodes());
        assertEquals(List.of("R-002"), diff.changedRiskCodes());
        assertEquals(List.of("title"), diff.risks().changed().get(0).fields());
        assertEquals(1, diff.canvas().changed().size());
        assertEquals(new ChangedItem<>(note, canvas.get(2), List.of("block")),
                diff.canvas().changed().get(0));
        assertTrue(diff.analysis().isEmpty() && diff.team().isEmpty() && diff.practices().isEmpty()
                && diff.snapshots().isEmpty());
        assertEquals(6, diff.count());
        assertFalse(diff.isEmpty());
    }
}
