package org.aiventure.workbook.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Assessor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** A briefing written to memory and read back with PDFBox: its bytes, its text, page by page. */
final class BriefingPdf {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    static final Instant CREATED = Instant.parse("2026-11-28T09:30:00Z");
    private static KnowledgeBase knowledge;

    final Project project;
    final Assessment assessment;
    final byte[] bytes;

    private BriefingPdf(Project project, Assessment assessment, byte[] bytes) {
        this.project = project;
        this.assessment = assessment;
        this.bytes = bytes;
    }

    static synchronized KnowledgeBase knowledge() {
        if (knowledge == null) {
            knowledge = KnowledgeBase.load();
        }
        return knowledge;
    }

    static BriefingPdf of(Project project) {
        return of(project, project.language(), BriefingProgress.NONE);
    }

    static BriefingPdf of(Project project, Language language, BriefingProgress progress) {
        Assessment assessment = Assessor.assess(project, knowledge(), AS_OF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BriefingWriter.write(new BriefingRequest(project, assessment, knowledge(), language,
                    "AI Venture Workbook 9.8.7", CREATED), out, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BriefingPdf(project, assessment, out.toByteArray());
    }

    PDDocument open() throws IOException {
        return Loader.loadPDF(bytes);
    }

    /** The text of every page, in drawing order. */
    List<String> pages() throws IOException {
        try (PDDocument doc = open()) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    /**
     * The text of all pages without their footers (drawn last on each page, extracted as one line: the page
     * number and the project's name), every whitespace removed: a sentence is found whole whatever its line and
     * page breaks.
     */
    String squeezedText() throws IOException {
        return squeezed(pages());
    }

    /**
     * Like {@link #squeezedText()}, only the pages of the section whose bookmark is {@code title}: from its
     * first page to the page before the next section's; empty when no bookmark has that title.
     */
    String squeezedSection(String title) throws IOException {
        List<Integer> starts = new ArrayList<>();
        int section = -1;
        try (PDDocument doc = open()) {
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().equals(title)) {
                    section = starts.size();
                }
                starts.add(doc.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()));
            }
        }
        if (section < 0) {
            return "";
        }
        List<String> pages = pages();
        int end = section + 1 < starts.size() ? starts.get(section + 1) : pages.size();
        return squeezed(pages.subList(starts.get(section), end));
    }

    private static String squeezed(List<String> pages) {
        StringBuilder body = new StringBuilder();
        for (String page : pages) {
            List<String> lines = new ArrayList<>(List.of(page.strip().split("\\R")));
            lines = lines.subList(0, Math.max(0, lines.size() - 1));
            body.append(String.join("", lines));
        }
        return squeeze(body.toString());
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
