package org.aiventure.workbook.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Messages;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.AreaScore;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Assessor;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.FindingText;
import org.aiventure.workbook.scoring.Severity;
import org.aiventure.workbook.scoring.Term;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code score}: the engine's assessment of a project, as a readable report or as scoring.md's JSON. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Assess a project (a .aivw file, or a project of the workbook by id or exact name): "
                + "readiness, grade, the four area scores and every finding with its fix.",
            "Exit codes: 0 done, 3 a finding at or above --fail-on exists, 2 bad input, 1 anything else."})
public final class ScoreCommand implements Callable<Integer> {

    /** The exit code for "a finding of that severity or worse exists", for scripts and CI. */
    public static final int FINDINGS_AT_OR_ABOVE = 3;

    @Mixin
    private ProjectArgument target;

    @Mixin
    private DatabaseOption database;

    @Option(names = "--json", description = "Print the assessment as JSON (scoring.md's shape).")
    private boolean json;

    @Mixin
    private AsOfOption asOf;

    @Mixin
    private LanguageOption language;

    @Option(names = "--fail-on", paramLabel = "LOW|MEDIUM|HIGH|CRITICAL",
            description = "Exit 3 when a finding of this severity or worse exists.")
    private Severity failOn;

    @Option(names = "--explain", description = "Show the terms that make each area score.")
    private boolean explain;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Console console = new Console(spec);
        KnowledgeBase kb = KnowledgeBase.load();
        Project project = target.load(database, kb, console);
        Assessment assessment = Assessor.assess(project, kb, asOf.date());
        Language lang = language.of(project);
        console.println(json ? ScoreJson.write(assessment, kb, lang) : report(project, assessment, kb, lang));
        boolean failing = failOn != null && assessment.findings().stream()
                .anyMatch(f -> f.severity().compareTo(failOn) <= 0);
        return failing ? FINDINGS_AT_OR_ABOVE : ExitCodes.OK;
    }

    private String report(Project project, Assessment a, KnowledgeBase kb, Language lang) {
        StringBuilder out = new StringBuilder();
        line(out, Messages.format(lang, "cli.score.heading", project.name(), a.overall(), a.grade(), a.asOf()));
        StringBuilder areas = new StringBuilder("  ");
        for (Area area : Area.values()) {
            areas.append(kb.label(lang, area)).append(' ').append(a.area(area).score()).append("   ");
        }
        line(out, areas.toString().stripTrailing());
        if (explain) {
            for (Area area : Area.values()) {
                explainArea(out, a.area(area), kb, lang);
            }
        }
        if (a.findings().isEmpty()) {
            line(out, "");
            line(out, Messages.format(lang, "cli.score.noFindings"));
        }
        for (Severity severity : Severity.values()) {
            List<Finding> group = a.findings().stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) {
                continue;
            }
            line(out, "");
            line(out, Messages.format(lang, "cli.score.group", Messages.format(lang, "severity." + severity),
                    group.size()));
            for (Finding f : group) {
                line(out, "  • " + FindingText.message(f, kb, lang));
                line(out, "    → " + FindingText.fix(f, kb, lang));
            }
        }
        return out.toString().stripTrailing();
    }

    private static void explainArea(StringBuilder out, AreaScore area, KnowledgeBase kb, Language lang) {
        line(out, "");
        line(out, Messages.format(lang, "cli.score.formula." + area.area(), kb.label(lang, area.area()),
                area.score()));
        for (Term t : area.terms()) {
            String counted = t.denominator().signum() == 0
                    ? Messages.format(lang, "cli.score.term.none")
                    : plain(t.numerator()) + "/" + plain(t.denominator());
            line(out, "    " + t.name().symbol() + " = " + counted + " = " + t.value().roundHalfUp(4).toPlainString()
                    + "   " + Messages.format(lang, "term." + t.name().name()));
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }
}
