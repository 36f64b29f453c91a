package org.aiventure.workbook.session;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.report.BriefingCancelledException;
import org.aiventure.workbook.report.BriefingProgress;
import org.aiventure.workbook.report.BriefingRequest;
import org.aiventure.workbook.report.BriefingWriter;
import org.aiventure.workbook.scoring.Assessor;

/**
 * The PDF briefing as one operation for the app and the command line: assess the project on a date, draw the
 * briefing in a language, and write the file whole or not at all (a cancelled or failed briefing leaves any
 * earlier file of that name as it was).
 */
public final class Briefings {

    private final KnowledgeBase knowledge;
    private final Clock clock;

    public Briefings(KnowledgeBase knowledge, Clock clock) {
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /** Writes the briefing with no progress to report and no way to cancel: the command line's. */
    public void write(Project project, Language language, LocalDate asOf, Path target) throws IOException {
        write(project, language, asOf, target, done -> { }, () -> false);
    }

    /**
     * Writes the briefing of {@code project} to {@code target}. {@code language} null means the project's own;
     * {@code asOf} null means today. {@code progress} hears the share done (0 to 1) as sections start; once
     * {@code cancelled} says so, the writing stops with a {@link CancellationException} and no file is written.
     */
    public void write(Project project, Language language, LocalDate asOf, Path target, DoubleConsumer progress,
                      BooleanSupplier cancelled) throws IOException {
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        BriefingRequest request = new BriefingRequest(project, Assessor.assess(project, knowledge, date), knowledge,
                language != null ? language : project.language(), AppVersion.nameAndVersion(), clock.instant());
        AtomicFiles.write(target, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            try {
                BriefingWriter.write(request, buffered, new BriefingProgress() {
                    @Override
                    public void sectionStarted(int index, int count) {
                        progress.accept((double) index / count);
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelled.getAsBoolean();
                    }
                });
            } catch (BriefingCancelledException e) {
                throw new CancellationException(e.getMessage());
            }
            buffered.flush();
        });
    }
}
