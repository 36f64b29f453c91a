package org.aiventure.workbook.cli;

import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Project;
import picocli.CommandLine.Option;

/** The {@code --lang en|zh-CN} option of the commands that print or write a project's texts. */
public final class LanguageOption {

    @Option(names = "--lang", paramLabel = "en|zh-CN", converter = LanguageConverter.class,
            description = "The language of the output (default: the project's).")
    private Language language;

    /** The language asked for, else the project's own. */
    public Language of(Project project) {
        return language != null ? language : project.language();
    }
}
