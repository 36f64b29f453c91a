package org.aiventure.workbook.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Writes the PDF briefing: each section of {@link #SECTIONS} in turn on A4 pages, then the footers, the
 * outline and the document's metadata. Pages are buffered in a temporary file, not the heap, so a
 * ten-thousand-risk register fits in a small heap. A new section is one class added to the list.
 */
public final class BriefingWriter {

    private static final List<BriefingSection> SECTIONS = List.of(new CoverSection(), new SummarySection(),
            new NextStepsSection(), new AnalysisSection(), new RisksSection(), new CanvasSection(),
            new TeamSection(), new FindingsSection(), new TrendSection());

    private BriefingWriter() {
    }

    /**
     * Writes the briefing to {@code out}; throws {@link BriefingCancelledException} when {@code progress}
     * says so (then {@code out} holds nothing usable and the caller discards it).
     */
    public static void write(BriefingRequest request, OutputStream out, BriefingProgress progress)
            throws IOException {
        Runnable checkpoint = () -> {
            if (progress.cancelled()) {
                throw new BriefingCancelledException();
            }
        };
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
             FontFace face = FontFace.load(document)) {
            PageFlow flow = new PageFlow(document, face, checkpoint);
            Briefing briefing = new Briefing(request, flow);
            List<BriefingSection> sections = SECTIONS.stream().filter(s -> s.appliesTo(briefing)).toList();
            for (int i = 0; i < sections.size(); i++) {
                checkpoint.run();
                progress.sectionStarted(i, sections.size());
                sections.get(i).write(briefing);
            }
            flow.finish(briefing.text("footer", request.project().name(), request.assessment().asOf().toString(),
                    request.appNameAndVersion()), (page, pages) -> briefing.text("footer.page", page, pages));
            describe(document, briefing);
            checkpoint.run();
            document.save(out);
        }
    }

    private static void describe(PDDocument document, Briefing briefing) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(briefing.text("metadata.title", briefing.project().name()));
        info.setAuthor(author(briefing));
        info.setSubject(briefing.text("metadata.subject"));
        info.setCreator(briefing.request().appNameAndVersion());
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(briefing.request().createdAt().toEpochMilli());
        info.setCreationDate(created);
        info.setModificationDate(created);
    }

    /** The founder, when the team names one; the workbook otherwise (it wrote the document). */
    private static String author(Briefing briefing) {
        return briefing.project().team().stream()
                .filter(t -> t.role() == Role.FOUNDER_CEO && !t.person().isBlank())
                .map(TeamEntry::person).findFirst()
                .orElse(briefing.request().appNameAndVersion());
    }
}
