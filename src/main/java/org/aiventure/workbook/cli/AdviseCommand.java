package org.aiventure.workbook.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.aiventure.workbook.advice.Action;
import org.aiventure.workbook.advice.Advisor;
import org.aiventure.workbook.advice.Confirmation;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Messages;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Assessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code advise}: the next best actions of a project, ranked by the readiness each adds, as text or JSON. */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = {"List the next best actions of a project (a .aivw file, or a project of the workbook by id "
                + "or exact name), each with the printed readiness it adds.",
            "Exit codes: 0 done, 2 bad input, 1 anything else."})
public final class AdviseCommand implements Callable<Integer> {

    @Mixin
    private ProjectArgument target;

    @Mixin
    private DatabaseOption database;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "How many actions to show, best first (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--json", description = "Print the actions as JSON.")
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
        if (top < 1) {
            console.problem(console.text("cli.advise.badTop", top));
            return ExitCodes.BAD_INPUT;
        }
        KnowledgeBase kb = KnowledgeBase.load();
        Project project = target.load(database, kb, console);
        Assessment assessment = Assessor.assess(project, kb, asOf.date());
        List<Action> actions = Advisor.rank(project, kb, assessment);
        List<Action> shown = actions.subList(0, Math.min(top, actions.size()));
        Language lang = language.of(project);
        console.println(json ? AdviseJson.write(assessment, actions.size(), shown, kb, lang)
                : report(project, assessment, actions.size(), shown, kb, lang));
        return ExitCodes.OK;
    }

    /** Rank and gain in right-aligned columns, so the descriptions start in one column. */
    private static String report(Project project, Assessment a, int total, List<Action> shown, KnowledgeBase kb,
                                 Language lang) {
        StringBuilder out = new StringBuilder(Messages.format(lang, "cli.advise.heading", project.name(),
                a.overall(), a.grade(), a.asOf(), total)).append('\n');
        if (shown.isEmpty()) {
            return out.append(Messages.format(lang, "cli.advise.none")).toString();
        }
        int rankWidth = String.valueOf(shown.size()).length();
        int gainWidth = shown.stream().mapToInt(x -> x.signedGain().length()).max().orElse(0);
        for (int i = 0; i < shown.size(); i++) {
            Action action = shown.get(i);
            out.append(String.format("%" + (rankWidth + 2) + "d  %" + gainWidth + "s  %s", i + 1,
                    action.signedGain(), action.describe(kb, lang)));
            Confirmation needs = action.kind().confirmation();
            if (needs != Confirmation.NONE) {
                out.append("  ").append(Messages.format(lang,
                        needs == Confirmation.EVIDENCE ? "cli.advise.confirm" : "cli.advise.text"));
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }
}
