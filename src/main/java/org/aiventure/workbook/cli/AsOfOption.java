package org.aiventure.workbook.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --as-of YYYY-MM-DD} option of the commands that assess a project. */
public final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The date to assess on (default: today).")
    private LocalDate date;

    /** The date to assess on: the one given, else today. */
    public LocalDate date() {
        return date != null ? date : LocalDate.now();
    }
}
