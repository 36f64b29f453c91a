package org.aiventure.workbook.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.Briefings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code brief FILE.aivw|PROJECT --out FILE.pdf}: the project on paper, as the app's File menu exports it. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "Write a project's PDF briefing (a .aivw file, or a project of the workbook by id or exact "
                + "name): cover, executive summary, opportunities and challenges, risks, canvas, team, findings.")
public final class BriefCommand implements Callable<Integer> {

    @Mixin
    private ProjectArgument target;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    private Path out;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private LanguageOption language;

    @Mixin
    private AsOfOption asOf;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Console console = new Console(spec);
        KnowledgeBase kb = KnowledgeBase.load();
        Project project = target.load(database, kb, console);
        new Briefings(kb, Clock.systemDefaultZone()).write(project, language.of(project), asOf.date(), out);
        console.say("cli.export.done", out);
        return ExitCodes.OK;
    }
}
