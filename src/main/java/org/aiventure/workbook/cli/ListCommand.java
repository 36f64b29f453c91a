package org.aiventure.workbook.cli;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.aiventure.workbook.domain.ProjectSummary;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code list}: the workbook's projects, one a line: id, last change (UTC), name. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the workbook's projects: id, last change (UTC) and name.")
public final class ListCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    @Mixin
    private DatabaseOption database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Console console = new Console(spec);
        try (Workbook workbook = Workbook.open(database.file(), KnowledgeBase.load())) {
            for (ProjectSummary p : workbook.projects()) {
                console.println(p.id() + "  " + WHEN.format(p.updatedAt()) + "  " + p.name());
            }
        }
        return 0;
    }
}
