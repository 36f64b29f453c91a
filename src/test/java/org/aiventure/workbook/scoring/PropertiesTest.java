package org.aiventure.workbook.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.aiventure.workbook.domain.Acceptance;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.Profile;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.domain.Treatment;
import org.aiventure.workbook.testing.ProjectGenerator;
import org.junit.jupiter.api.Test;

/**
 * Properties of scoring.md that hold for every project, checked over generated ones: 200 seeds, each with a
 * register of 0 to 60 risks (seed modulo 61, so every size comes up three or four times). Plain seeded loops;
 * a failure names the seed and size, and {@code ProjectGenerator.generate(seed, size)} rebuilds the project.
 */
class PropertiesTest {

    private static final int SEEDS = 200;
    private static final int MAX_RISKS = 60;

    /** Runs {@code check} on every generated project with a label naming it. */
    private static void forEachProject(BiConsumer<Project, String> check) {
        for (long seed = 0; seed < SEEDS; seed++) {
            int size = (int) (seed % (MAX_RISKS + 1));
            check.accept(ProjectGenerator.generate(seed, size), "seed " + seed + ", " + size + " risks");
        }
    }

    // ---- monotonicity ----------------------------------------------------------------------------------

    @Test
    void implementingAMitigationNeverLowersAnAreaOrTheOverall() {
        int[] cases = {0};
        int[] risksRose = {0};
        int[] tRose = {0};
        forEachProject((p, label) -> {
            Assessment before = Fixtures.assess(p);
            for (Risk r : p.risks()) {
                for (int i = 0; i < r.mitigations().size(); i++) {
                    Mitigation m = r.mitigations().get(i);
                    if (m.state() != MitigationState.PLANNED && m.state() != MitigationState.IN_PROGRESS) {
                        continue;
                    }
                    Project next = p.withRisk(r.id(), withState(i, MitigationState.IMPLEMENTED));
                    Assessment after = Fixtures.assess(next);
                    Supplier<String> where = () -> label + ", " + r.code() + " mitigation " + m.id() + " "
                            + m.state() + " → IMPLEMENTED";
                    for (Area area : Area.values()) {
                        Fraction was = before.area(area).exact();
                        Fraction is = after.area(area).exact();
                        assertTrue(is.compareTo(was) >= 0, () -> where.get() + ": " + area + " fell from " + was
                                + " to " + is);
                        assertTrue(after.area(area).score().compareTo(before.area(area).score()) >= 0, where);
                    }
                    assertTrue(after.overallExact().compareTo(before.overallExact()) >= 0,
                            () -> where.get() + ": overall fell from " + before.overallExact() + " to "
                                    + after.overallExact());
                    assertTrue(after.overall().compareTo(before.overall()) >= 0, where);
                    // only RISKS reads mitigations; a CLOSED risk's mitigations count for nothing
                    for (Area area : List.of(Area.TEAM, Area.CANVAS, Area.ANALYSIS)) {
                        assertEquals(before.area(area), after.area(area), where);
                    }
                    if (!r.isOpen()) {
                        assertEquals(before.area(Area.RISKS), after.area(Area.RISKS), where);
                    }
                    cases[0]++;
                    boolean rose = after.area(Area.RISKS).exact().compareTo(before.area(Area.RISKS).exact()) > 0;
                    if (rose) {
                        risksRose[0]++;
                    }
                    // and it does rise when the T term must: an OPEN risk above appetite, not validly accepted,
                    // whose residual this lowered (h = appetite / residual grows by more than 10⁻⁶ per 0.1)
                    int index = p.risks().indexOf(r);
                    BigDecimal was = before.risks().get(index).residual();
                    BigDecimal is = after.risks().get(index).residual();
                    boolean validlyAccepted = r.treatment() == Treatment.ACCEPT && r.acceptance() != null
                            && !r.acceptance().rationale().isBlank()
                            && (r.acceptance().expires() == null || !r.acceptance().expires().isBefore(Fixtures.AS_OF));
                    if (r.isOpen() && !validlyAccepted && was.compareTo(BigDecimal.valueOf(p.riskAppetite())) > 0
                            && is.compareTo(was) < 0) {
                        assertTrue(rose, () -> where.get() + ": residual " + was + " → " + is + " above appetite "
                                + p.riskAppetite() + " left RISKS at " + before.area(Area.RISKS).exact());
                        tRose[0]++;
                    }
                }
            }
        });
        // the property was exercised, and not only on changes that move nothing
        assertTrue(cases[0] > 1000, cases[0] + " cases");
        assertTrue(risksRose[0] > cases[0] / 10, risksRose[0] + " of " + cases[0] + " raised RISKS");
        assertTrue(tRose[0] > 200, tRose[0] + " lowered a residual above appetite");
    }

    private static UnaryOperator<Risk> withState(int index, MitigationState state) {
        return r -> {
            List<Mitigation> next = new ArrayList<>(r.mitigations());
            next.set(index, next.get(index).withState(state));
            return r.withMitigations(next);
        };
    }

    // ---- category coverage -----------------------------------------------------------------------------

    @Test
    void anOpenRiskInAnUncoveredCategoryRemovesExactlyThatFinding() {
        Random random = new Random(42);
        int[] cases = {0};
        forEachProject((p, label) -> {
            List<Finding> before = uncovered(Fixtures.assess(p));
            for (Finding gone : before) {
                RiskCategory category = RiskCategory.valueOf(gone.subject().id());
                Risk added = new Risk(new UUID(0xADDL, cases[0]), p.nextRiskCode(), "Added", "", category,
                        1 + random.nextInt(5), 1 + random.nextInt(5),
                        Treatment.values()[random.nextInt(Treatment.values().length)], RiskStatus.OPEN, null, null,
                        null, List.of());
                List<Finding> after = uncovered(Fixtures.assess(p.addRisk(added)));
                List<Finding> expected = new ArrayList<>(before);
                expected.remove(gone);
                assertEquals(expected, after, label + ", added an OPEN " + category + " risk");
                cases[0]++;
            }
        });
        assertTrue(cases[0] > 200, cases[0] + " cases");
    }

    @Test
    void aClosedRiskInAnUncoveredCategoryCoversNothing() {
        int[] cases = {0};
        forEachProject((p, label) -> {
            Assessment before = Fixtures.assess(p);
            for (Finding f : uncovered(before)) {
                RiskCategory category = RiskCategory.valueOf(f.subject().id());
                Risk added = new Risk(new UUID(0xC105EDL, cases[0]), p.nextRiskCode(), "Closed", "", category, 5, 5,
                        Treatment.MITIGATE, RiskStatus.CLOSED, null, null, null, List.of());
                Assessment after = Fixtures.assess(p.addRisk(added));
                assertEquals(before.findings(), after.findings(), label + ", added a CLOSED " + category + " risk");
                assertEquals(before.areas(), after.areas(), label);
                cases[0]++;
            }
        });
        assertTrue(cases[0] > 200, cases[0] + " cases");
    }

    private static List<Finding> uncovered(Assessment a) {
        return a.findings().stream().filter(f -> f.rule().equals("CATEGORY_UNCOVERED")).toList();
    }

    // ---- CLOSED risks ----------------------------------------------------------------------------------

    @Test
    void aClosedRiskTakesPartInNoRuleAndNoTermWhateverItHolds() {
        int[] cases = {0};
        forEachProject((p, label) -> {
            Assessment before = Fixtures.assess(p);
            // the worst a risk can be: 5 × 5, unowned or owned by someone not in place, review long overdue,
            // a required control only planned, avoid/mitigate with nothing done or accept without rationale
            UUID notInPlace = p.team().stream().filter(t -> t.status() == TeamStatus.HIRING).map(TeamEntry::id)
                    .findFirst().orElse(null);
            for (Risk r : p.risks()) {
                if (r.isOpen()) {
                    continue;
                }
                Risk worst = r.withScale(5, 5).withOwner(cases[0] % 2 == 0 ? null : notInPlace)
                        .withReviewBy(Fixtures.AS_OF.minusYears(1))
                        .withTreatment(Treatment.values()[cases[0] % Treatment.values().length])
                        .withAcceptance(cases[0] % 3 == 0 ? null : new Acceptance(" ", Fixtures.AS_OF.minusDays(1)))
                        .withMitigations(r.mitigations().stream().map(m -> m.withState(MitigationState.PLANNED))
                                .toList());
                Assessment after = Fixtures.assess(p.withRisk(r.id(), x -> worst));
                assertEquals(before.findings(), after.findings(), label + ", CLOSED " + r.code());
                assertEquals(before.areas(), after.areas(), label + ", CLOSED " + r.code());
                assertEquals(before.overallExact(), after.overallExact(), label);
                cases[0]++;
            }
        });
        assertTrue(cases[0] > 300, cases[0] + " cases");
    }

    // ---- order of findings -----------------------------------------------------------------------------

    /** scoring.md's order written out from the spec's words, independently of {@link Finding#ORDER}. */
    private static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW");
    private static final List<String> AREAS = List.of("RISKS", "TEAM", "CANVAS", "ANALYSIS");
    private static final Comparator<Finding> SPEC_ORDER = (a, b) -> {
        int c = Integer.compare(SEVERITIES.indexOf(a.severity().name()), SEVERITIES.indexOf(b.severity().name()));
        if (c != 0) {
            return c;
        }
        c = Integer.compare(AREAS.indexOf(a.area().name()), AREAS.indexOf(b.area().name()));
        if (c != 0) {
            return c;
        }
        c = a.rule().compareTo(b.rule());
        return c != 0 ? c : a.subject().id().compareTo(b.subject().id());
    };

    @Test
    void findingsAreInTheSpecsOrderPairwise() {
        int[] pairs = {0};
        forEachProject((p, label) -> {
            List<Finding> findings = Fixtures.assess(p).findings();
            for (int i = 0; i < findings.size(); i++) {
                for (int j = i + 1; j < findings.size(); j++) {
                    Finding a = findings.get(i);
                    Finding b = findings.get(j);
                    // strictly: no two findings share rule and subject
                    assertTrue(SPEC_ORDER.compare(a, b) < 0, () -> label + ": " + describe(a) + " listed before "
                            + describe(b));
                    pairs[0]++;
                }
            }
        });
        assertTrue(pairs[0] > 10_000, pairs[0] + " pairs");
    }

    @Test
    void theIndependentOrderTellsApartWhatTheSpecTellsApart() {
        // a guard on SPEC_ORDER itself: code-point order of rules and ids, areas in the spec's order, not A-Z
        Finding team = finding("ROLE_MISSING", Severity.HIGH, Area.TEAM, "MLOPS_INFRA");
        Finding teamLater = finding("ROLE_MISSING", Severity.HIGH, Area.TEAM, "ML_ENGINEERING");
        Finding canvas = finding("A_RULE", Severity.HIGH, Area.CANVAS, "A");
        Finding risks = finding("Z_RULE", Severity.HIGH, Area.RISKS, "Z");
        Finding critical = finding("Z_RULE", Severity.CRITICAL, Area.ANALYSIS, "Z");
        List<Finding> sorted = new ArrayList<>(List.of(canvas, teamLater, team, risks, critical));
        sorted.sort(SPEC_ORDER);
        assertEquals(List.of(critical, risks, team, teamLater, canvas), sorted);
    }

    private static Finding finding(String rule, Severity severity, Area area, String id) {
        Message m = Message.of("x");
        return new Finding(rule, severity, area, new Subject(SubjectType.ROLE, id), m, m);
    }

    private static String describe(Finding f) {
        return f.severity() + " " + f.area() + " " + f.rule() + " " + f.subject().id();
    }

    // ---- determinism -----------------------------------------------------------------------------------

    @Test
    void theSameProjectTwiceAndAStructurallyEqualCopyGiveEqualAssessments() {
        forEachProject((p, label) -> {
            Assessment first = Fixtures.assess(p);
            assertEquals(first, Fixtures.assess(p), label + ", same object twice");
            Project copy = deepCopy(p);
            assertEquals(p, copy, "the copy is structurally equal");
            if (!p.risks().isEmpty()) {
                assertNotSame(p.risks(), copy.risks());
            }
            Assessment ofCopy = Fixtures.assess(copy);
            assertEquals(first, ofCopy, label + ", structural copy");
            assertEquals(first.hashCode(), ofCopy.hashCode(), label);
        });
    }

    /** Every list, string and id a fresh object with the same value, so nothing can match by identity. */
    private static Project deepCopy(Project p) {
        List<Risk> risks = new ArrayList<>();
        for (Risk r : p.risks()) {
            List<Mitigation> mitigations = new ArrayList<>();
            for (Mitigation m : r.mitigations()) {
                mitigations.add(new Mitigation(copy(m.id()), copy(m.controlId()), copy(m.title()), m.state(),
                        m.effectiveness()));
            }
            Acceptance a = r.acceptance() == null ? null
                    : new Acceptance(copy(r.acceptance().rationale()), r.acceptance().expires());
            risks.add(new Risk(copy(r.id()), copy(r.code()), copy(r.title()), copy(r.description()), r.category(),
                    r.likelihood(), r.impact(), r.treatment(), r.status(), copy(r.ownerId()), r.reviewBy(), a,
                    mitigations));
        }
        List<TeamEntry> team = new ArrayList<>();
        for (TeamEntry t : p.team()) {
            team.add(new TeamEntry(copy(t.id()), t.role(), copy(t.title()), t.status(), copy(t.person()),
                    copy(t.notes()), new ArrayList<>(t.covers())));
        }
        List<AnalysisItem> analysis = new ArrayList<>();
        for (AnalysisItem a : p.analysis()) {
            analysis.add(new AnalysisItem(copy(a.id()), a.kind(), a.category(), copy(a.title()), copy(a.notes()),
                    a.impact(), a.likelihood(), a.linkedRiskIds().stream().map(PropertiesTest::copy).toList()));
        }
        List<CanvasNote> canvas = new ArrayList<>();
        for (CanvasNote n : p.canvas()) {
            canvas.add(new CanvasNote(copy(n.id()), n.block(), copy(n.text()), n.color(), n.position(),
                    n.evidence(), n.linkedRiskIds().stream().map(PropertiesTest::copy).toList()));
        }
        List<Practice> practices = new ArrayList<>();
        for (Practice pr : p.practices()) {
            practices.add(new Practice(pr.key(), pr.done(), copy(pr.evidence())));
        }
        List<Snapshot> snapshots = new ArrayList<>();
        for (Snapshot s : p.snapshots()) {
            snapshots.add(new Snapshot(copy(s.id()), s.takenAt(), copy(s.label()), copy(s.formula()), s.overall(),
                    new EnumMap<>(s.areas())));
        }
        return new Project(copy(p.id()), copy(p.name()), copy(p.summary()), p.language(), p.stage(),
                new ArrayList<>(p.sectors()), new ArrayList<>(p.markets()),
                new Profile(new HashSet<>(p.profile().yes())),
                p.riskAppetite(), p.createdAt(), p.updatedAt(), analysis, risks, canvas, team, practices, snapshots);
    }

    private static String copy(String s) {
        return s == null ? null : new String(s.toCharArray());
    }

    private static UUID copy(UUID id) {
        return id == null ? null : new UUID(id.getMostSignificantBits(), id.getLeastSignificantBits());
    }

    // ---- ranges ----------------------------------------------------------------------------------------

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Test
    void everyPrintedScoreIsInRangeWithOneDecimalAndEveryBandIsBandOf() {
        forEachProject((p, label) -> {
            Assessment a = Fixtures.assess(p);
            for (Area area : Area.values()) {
                AreaScore s = a.area(area);
                printed(s.score(), label + ", " + area);
                assertTrue(s.exact().compareTo(Fraction.ZERO) >= 0 && s.exact().compareTo(Fraction.of(100)) <= 0,
                        label + ", " + area + " exact " + s.exact());
                // the printed value is the exact one rounded half-up, by a division of our own
                assertEquals(new BigDecimal(s.exact().numerator())
                                .divide(new BigDecimal(s.exact().denominator()), 1, RoundingMode.HALF_UP),
                        s.score(), label + ", " + area);
            }
            printed(a.overall(), label + ", overall");
            assertEquals(Grade.of(a.overall()), a.grade(), label);
            assertEquals(p.risks().size(), a.risks().size(), label);
            for (int i = 0; i < p.risks().size(); i++) {
                Risk r = p.risks().get(i);
                RiskScore s = a.risks().get(i);
                String where = label + ", " + r.code();
                assertEquals(r.id(), s.id(), where + ": file order");
                assertEquals(r.likelihood() * r.impact(), s.inherent(), where);
                assertTrue(s.inherent() >= 1 && s.inherent() <= 25, where);
                assertEquals(1, s.residual().scale(), where + ": residual " + s.residual());
                assertTrue(s.residual().signum() >= 0, where);
                assertTrue(s.residual().compareTo(BigDecimal.valueOf(s.inherent())) <= 0,
                        where + ": residual " + s.residual() + " above inherent " + s.inherent());
                assertEquals(Band.of(s.inherent()), s.band(), where);
                assertEquals(Band.of(s.residual()), s.residualBand(), where);
                boolean anyDone = r.mitigations().stream().anyMatch(m -> m.state() == MitigationState.IMPLEMENTED
                        || m.state() == MitigationState.VERIFIED);
                if (!anyDone) {
                    assertEquals(BigDecimal.valueOf(s.inherent()).setScale(1), s.residual(), where + ": nothing done");
                } else if (r.treatment() == Treatment.AVOID) {
                    assertEquals(new BigDecimal("0.0"), s.residual(), where + ": avoided");
                }
            }
        });
    }

    private static void printed(BigDecimal score, String where) {
        assertEquals(1, score.scale(), where + ": " + score);
        assertTrue(score.signum() >= 0 && score.compareTo(HUNDRED) <= 0, where + ": " + score);
    }
}
