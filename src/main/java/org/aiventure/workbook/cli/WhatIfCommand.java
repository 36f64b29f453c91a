package org.aiventure.workbook.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Messages;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Stage;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scenario.FindingChanges;
import org.aiventure.workbook.scenario.Scenario;
import org.aiventure.workbook.scenario.ScenarioLabels;
import org.aiventure.workbook.scenario.ScenarioOutcome;
import org.aiventure.workbook.scenario.ScoreComparison;
import org.aiventure.workbook.scenario.SetChange;
import org.aiventure.workbook.scenario.WhatIf;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.FindingText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code whatif}: plays a scenario (markets or sectors added or removed, profile answers set, another stage)
 * on a copy of a project and prints what it would change. Nothing is written, to the file or the workbook.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {"Show what a change of stage, sectors, markets or profile answers would change: the "
                + "requirements, categories, control groups and roles it adds or removes, the findings that "
                + "appear or go, and the scores before and after. The project itself is left untouched.",
            "Exit codes: 0 done, 2 bad input, 1 anything else."})
public final class WhatIfCommand implements Callable<Integer> {

    @Mixin
    private ProjectArgument target;

    @Mixin
    private DatabaseOption database;

    @Option(names = "--add", paramLabel = "sector:X|market:X", converter = ScenarioChange.Inclusion.class,
            description = "Add a sector or a market (knowledge.md's keys, e.g. market:EU).")
    private List<ScenarioChange> additions = new ArrayList<>();

    @Option(names = "--remove", paramLabel = "sector:X|market:X", converter = ScenarioChange.Inclusion.class,
            description = "Remove a sector or a market.")
    private List<ScenarioChange> removals = new ArrayList<>();

    @Option(names = "--set", paramLabel = "FACT=true|false", converter = ScenarioChange.Setting.class,
            description = "Answer a profile question, e.g. publicFacing=true.")
    private List<ScenarioChange> settings = new ArrayList<>();

    @Option(names = "--stage", paramLabel = "STAGE", description = "Move to this stage: ${COMPLETION-CANDIDATES}.")
    private Stage stage;

    @Option(names = "--name", paramLabel = "NAME", description = "The scenario's name (default: its changes).")
    private String name;

    @Option(names = "--json", description = "Print the difference as JSON.")
    private boolean json;

    @Mixin
    private AsOfOption asOf;

    @Mixin
    private LanguageOption language;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Console console = new Console(spec);
        KnowledgeBase kb = KnowledgeBase.load();
        Project project = target.load(database, kb, console);
        Scenario scenario = Scenario.of(project, name != null ? name : describeArguments());
        for (ScenarioChange c : removals) {
            scenario = c.applyTo(scenario, false);
        }
        for (ScenarioChange c : additions) {
            scenario = c.applyTo(scenario, true);
        }
        for (ScenarioChange c : settings) {
            scenario = c.applyTo(scenario, true);
        }
        if (stage != null) {
            scenario = scenario.withStage(stage);
        }
        ScenarioOutcome outcome = WhatIf.evaluate(project, scenario, kb, asOf.date());
        Language lang = language.of(project);
        console.println(json ? WhatIfJson.write(outcome, kb, lang) : report(project, outcome, kb, lang));
        return ExitCodes.OK;
    }

    /** The command's own changes as the default name: "--add market:EU --set publicFacing=true". */
    private String describeArguments() {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (List.of("--add", "--remove", "--set", "--stage").contains(a) && i + 1 < args.size()) {
                kept.add(a + " " + args.get(++i));
            } else if (a.startsWith("--add=") || a.startsWith("--remove=") || a.startsWith("--set=")
                    || a.startsWith("--stage=")) {
                kept.add(a.replaceFirst("=", " "));
            }
        }
        return String.join(" ", kept);
    }

    private static String report(Project project, ScenarioOutcome o, KnowledgeBase kb, Language lang) {
        StringBuilder out = new StringBuilder();
        line(out, Messages.format(lang, "cli.whatif.heading", project.name(), o.scenario().name()));
        ScoreComparison s = o.scores();
        line(out, Messages.format(lang, "cli.whatif.readiness", o.before().overall().toPlainString(),
                o.after().overall().toPlainString(),
                ScoreComparison.signed(s.overallDelta()), o.before().grade(), o.after().grade()));
        StringBuilder areas = new StringBuilder("  ");
        for (Area area : Area.values()) {
            areas.append(Messages.format(lang, "cli.whatif.area", kb.label(lang, area),
                    s.before().area(area).toPlainString(), s.after().area(area).toPlainString(),
                    ScoreComparison.signed(s.delta(area)))).append("   ");
        }
        line(out, areas.toString().stripTrailing());
        if (o.isEmpty()) {
            line(out, "");
            line(out, Messages.format(lang, "cli.whatif.nothing"));
            return out.toString().stripTrailing();
        }
        changes(out, lang, "requirements", o.requirements(), id -> id + "  " + ScenarioLabels.requirement(kb, lang, id));
        changes(out, lang, "categories", o.categories(), c -> kb.label(lang, c));
        changes(out, lang, "controlGroups", o.controlGroups(), id -> ScenarioLabels.controlGroup(kb, lang, id));
        changes(out, lang, "roles", o.roles(), r -> kb.label(lang, r));
        FindingChanges f = o.findings();
        findings(out, lang, "appeared", f.appeared(), kb);
        findings(out, lang, "gone", f.gone(), kb);
        if (!f.changed().isEmpty()) {
            line(out, "");
            line(out, Messages.format(lang, "cli.whatif.findings.changed", f.changed().size()));
            for (FindingChanges.SeverityChange c : f.changed()) {
                line(out, "  • " + Messages.format(lang, "cli.whatif.severity",
                        Messages.format(lang, "severity." + c.before().severity()),
                        Messages.format(lang, "severity." + c.after().severity()),
                        FindingText.message(c.after(), kb, lang)));
            }
        }
        return out.toString().stripTrailing();
    }

    private static <T> void changes(StringBuilder out, Language lang, String what, SetChange<T> change,
                                    Function<T, String> label) {
        if (change.isEmpty()) {
            return;
        }
        line(out, "");
        line(out, Messages.format(lang, "cli.whatif." + what));
        change.added().forEach(x -> line(out, "  + " + label.apply(x)));
        change.removed().forEach(x -> line(out, "  − " + label.apply(x)));
    }

    private static void findings(StringBuilder out, Language lang, String which, List<Finding> list,
                                 KnowledgeBase kb) {
        if (list.isEmpty()) {
            return;
        }
        line(out, "");
        line(out, Messages.format(lang, "cli.whatif.findings." + which, list.size()));
        for (Finding f : list) {
            line(out, "  • [" + Messages.format(lang, "severity." + f.severity()) + "] "
                    + FindingText.message(f, kb, lang));
        }
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
