package org.aiventure.workbook.testing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.aiventure.workbook.domain.Acceptance;
import org.aiventure.workbook.domain.AnalysisCategory;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.AnalysisKind;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Evidence;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.NoteColor;
import org.aiventure.workbook.domain.OpportunityCategory;
import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.Profile;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.domain.TeamStatus;
import org.aiventure.workbook.domain.Treatment;

/**
 * The one generator of realistic projects for tests and benchmarks, so that every figure is measured on the
 * same shape of data. For N risks: 0-3 mitigations each (about 1.5 on average), N/5 analysis items, N/10
 * canvas notes and N/50 team entries (at least a few of each), varied categories and states, about half the
 * risks owned, links from items and notes to risks, some accepted risks, snapshots, and Chinese text in a
 * quarter of the titles. The same seed gives the same project, ids included.
 */
public final class ProjectGenerator {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final String[] EN = {"Model drift in production", "GPU supply shortfall", "Training data consent",
        "Hallucinated answers to clients", "Inference cost overrun", "Key ML engineer leaves",
        "Regulator asks for explanations", "Vendor API price change", "Prompt injection by users",
        "Benchmark overfitting"};
    private static final String[] ZH = {"模型在生产中漂移", "算力供应不足", "训练数据授权不明", "对客户的回答出现幻觉",
        "推理成本超支", "核心算法工程师离职", "监管要求可解释性", "第三方接口涨价"};
    /** Control keys of knowledge.md (a file may name no other), and null for a custom mitigation. */
    private static final String[] CONTROLS = {"DPS_ENCRYPTION", "DPS_ACCESS_CONTROL", "INT_EXPLAINERS",
        "PERF_EVALUATION", "LEG_COMPLIANCE", "RES_SCHEDULING", null};

    private final Random random;
    /** Ids come from their own stream: random like real v4 UUIDs (B-tree inserts land anywhere, as they will). */
    private final Supplier<UUID> ids;
    private final long seed;

    private ProjectGenerator(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        this.ids = ids(seed);
    }

    /** A project with {@code risks} risks and everything else in proportion, the same for the same seed. */
    public static Project generate(long seed, int risks) {
        return new ProjectGenerator(seed).project(risks);
    }

    /** Deterministic random ids for a seed, so two runs with one seed build equal projects. */
    public static Supplier<UUID> ids(long seed) {
        Random r = new Random(seed ^ 0x5DEECE66DL);
        return () -> UUID.nameUUIDFromBytes(Long.toString(r.nextLong()).getBytes(StandardCharsets.US_ASCII));
    }

    private Project project(int riskCount) {
        UUID projectId = nextId();
        List<TeamEntry> team = new ArrayList<>();
        for (int i = 0; i < Math.max(3, riskCount / 50); i++) {
            team.add(teamEntry(i));
        }
        List<Risk> risks = new ArrayList<>();
        for (int i = 0; i < riskCount; i++) {
            risks.add(risk(i, team));
        }
        List<AnalysisItem> analysis = new ArrayList<>();
        for (int i = 0; i < Math.max(2, riskCount / 5); i++) {
            analysis.add(analysisItem(i, risks));
        }
        List<CanvasNote> canvas = new ArrayList<>();
        Map<CanvasBlock, Integer> positions = new HashMap<>();
        for (int i = 0; i < Math.max(3, riskCount / 10); i++) {
            CanvasBlock block = pick(CanvasBlock.values());
            int position = positions.merge(block, 1, Integer::sum) - 1;
            canvas.add(new CanvasNote(nextId(), block, text(i) + " (canvas)", pick(NoteColor.values()), position,
                    pick(Evidence.values()), links(risks, 0.3, 2)));
        }
        List<Practice> practices = new ArrayList<>();
        for (PracticeKey key : PracticeKey.values()) {
            if (random.nextInt(4) != 0) {
                practices.add(new Practice(key, random.nextBoolean(), random.nextBoolean() ? "" : "见会议纪要 " + key));
            }
        }
        List<Snapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            snapshots.add(snapshot(i));
        }
        Set<ProfileFact> facts = EnumSet.noneOf(ProfileFact.class);
        for (ProfileFact f : ProfileFact.values()) {
            if (random.nextBoolean()) {
                facts.add(f);
            }
        }
        List<Sector> sectors = new ArrayList<>(List.of(Sector.values()));
        Collections.shuffle(sectors, random);
        List<Market> markets = new ArrayList<>(List.of(Market.values()));
        Collections.shuffle(markets, random);
        return new Project(projectId, "Generated venture " + seed + " 智能体", "A generated project.\n生成的项目。",
                random.nextBoolean() ? Language.EN : Language.ZH_CN, pick(Stage.values()),
                sectors.subList(0, 1 + random.nextInt(3)), markets.subList(0, 1 + random.nextInt(2)),
                new Profile(facts), 1 + random.nextInt(25), START, START.plusSeconds(86_400L + random.nextInt(1000)),
                analysis, risks, canvas, team, practices, snapshots);
    }

    private TeamEntry teamEntry(int i) {
        List<RiskCategory> covers = new ArrayList<>(List.of(RiskCategory.values()));
        Collections.shuffle(covers, random);
        return new TeamEntry(nextId(), pick(Role.values()), "Role " + i + (i % 3 == 0 ? " 负责人" : ""),
                pick(TeamStatus.values()), i % 2 == 0 ? "Person " + i : "", i % 4 == 0 ? "Notes on " + i : "",
                covers.subList(0, random.nextInt(4)));
    }

    private Risk risk(int i, List<TeamEntry> team) {
        List<Mitigation> mitigations = new ArrayList<>();
        int count = random.nextInt(4);
        for (int m = 0; m < count; m++) {
            mitigations.add(new Mitigation(nextId(), pick(CONTROLS), "Mitigation " + m + " of risk " + i,
                    pick(MitigationState.values()), random.nextInt(10) * 10));
        }
        Treatment treatment = pick(Treatment.values());
        Acceptance acceptance = treatment == Treatment.ACCEPT
                ? new Acceptance(i % 2 == 0 ? "Within appetite 在可接受范围内" : "",
                        i % 3 == 0 ? null : LocalDate.of(2027, 1 + i % 12, 1 + i % 28))
                : null;
        return new Risk(nextId(), Risk.code(i + 1), text(i), i % 5 == 0 ? "" : "Why it matters: " + text(i + 7),
                pick(RiskCategory.values()), 1 + random.nextInt(5), 1 + random.nextInt(5), treatment,
                random.nextInt(5) == 0 ? RiskStatus.CLOSED : RiskStatus.OPEN,
                random.nextBoolean() ? team.get(random.nextInt(team.size())).id() : null,
                random.nextInt(3) == 0 ? LocalDate.of(2026, 6, 1).plusDays(i % 365) : null, acceptance, mitigations);
    }

    private AnalysisItem analysisItem(int i, List<Risk> risks) {
        boolean opportunity = random.nextBoolean();
        AnalysisCategory category = opportunity ? pick(OpportunityCategory.values()) : pick(RiskCategory.values());
        return new AnalysisItem(nextId(), opportunity ? AnalysisKind.OPPORTUNITY : AnalysisKind.CHALLENGE, category,
                text(i + 3) + " (analysis)", i % 3 == 0 ? "" : "Evidence: interviews 访谈 " + i,
                1 + random.nextInt(5), 1 + random.nextInt(5), links(risks, 0.5, 3));
    }

    private Snapshot snapshot(int i) {
        Map<Area, BigDecimal> areas = new EnumMap<>(Area.class);
        for (Area a : Area.values()) {
            areas.put(a, BigDecimal.valueOf(random.nextInt(1001), 1));
        }
        return new Snapshot(nextId(), START.plusSeconds(3600L * 24 * 7 * i), i == 0 ? "" : "Week " + i,
                "scoring-v1", new BigDecimal("48.0").add(BigDecimal.valueOf(i)), areas);
    }

    /** Up to {@code max} distinct risks, with probability {@code p} of any at all. */
    private List<UUID> links(List<Risk> risks, double p, int max) {
        if (risks.isEmpty() || random.nextDouble() >= p) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        int n = 1 + random.nextInt(max);
        for (int k = 0; k < n; k++) {
            UUID id = risks.get(random.nextInt(risks.size())).id();
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private String text(int i) {
        return random.nextInt(4) == 0 ? ZH[i % ZH.length] + " " + i : EN[i % EN.length] + " #" + i;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private UUID nextId() {
        return ids.get();
    }
}
