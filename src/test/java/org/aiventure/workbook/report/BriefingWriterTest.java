package org.aiventure.workbook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.FindingText;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.ProjectGenerator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The briefing read back with PDFBox: what a reader of the PDF would find, or miss. */
class BriefingWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {Examples.MEDTRIAGE, Examples.ZHIZAO})
    void theExamplesShowTheirNameEveryAreaScoreRiskCodeAndFindingMessage(String resource) throws IOException {
        BriefingPdf pdf = BriefingPdf.of(Examples.project(resource));
        String text = pdf.squeezedText();
        assertTrue(text.contains(BriefingPdf.squeeze(pdf.project.name())));
        for (Area area : Area.values()) {
            assertTrue(text.contains(pdf.assessment.area(area).score().toPlainString()), area.name());
        }
        for (Risk risk : pdf.project.risks()) {
            assertTrue(text.contains(risk.code()), risk.code());
        }
        assertFalse(pdf.assessment.findings().isEmpty());
        for (Finding f : pdf.assessment.findings()) {
            String message = FindingText.message(f, BriefingPdf.knowledge(), pdf.project.language());
            assertTrue(text.contains(BriefingPdf.squeeze(message)), message);
            String fix = FindingText.fix(f, BriefingPdf.knowledge(), pdf.project.language());
            assertTrue(text.contains(BriefingPdf.squeeze(fix)), fix);
        }
    }

    @Test
    void theChineseExampleExtractsAsChinese() throws IOException {
        BriefingPdf pdf = BriefingPdf.of(Examples.project(Examples.ZHIZAO));
        String text = pdf.squeezedText();
        assertTrue(text.contains("智造质检大模型"));
        assertTrue(text.contains("执行摘要"), "the section titles are the Chinese bundle's");
        assertTrue(text.contains("风险登记册"));
        assertFalse(text.contains("Executivesummary"));
    }

    @Test
    void langOverridesTheProjectsLanguage() throws IOException {
        BriefingPdf pdf = BriefingPdf.of(Examples.project(Examples.ZHIZAO), Language.EN, BriefingProgress.NONE);
        String text = pdf.squeezedText();
        assertTrue(text.contains("Executivesummary"));
        assertTrue(text.contains("智造质检大模型"), "the project's own words stay as written");
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        BriefingPdf pdf = BriefingPdf.of(Examples.project(Examples.ZHIZAO));
        try (PDDocument doc = pdf.open()) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font instanceof PDType0Font t && t.getDescendantFont().getFontDescriptor()
                            .getFontFile2() != null, font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "a subset is tagged: " + font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void theDocumentHasMetadataABookmarkPerSectionAndNumberedPages() throws IOException {
        BriefingPdf pdf = BriefingPdf.of(Examples.project(Examples.MEDTRIAGE));
        try (PDDocument doc = pdf.open()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals("MedTriage: project briefing", info.getTitle());
            assertEquals("Dr. Lena Ortiz", info.getAuthor(), "the founder named in the team");
            assertFalse(info.getSubject().isBlank());
            assertNotNull(info.getCreationDate());
            assertEquals(BriefingPdf.CREATED.toEpochMilli(), info.getCreationDate().getTimeInMillis());
            assertEquals(doc.getPage(0).getMediaBox().getHeight(), 841.89f, 0.01f, "A4");

            List<String> titles = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                pages.add(doc.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()));
            }
            assertEquals(List.of("Cover", "Executive summary", "Next steps", "Opportunities and challenges", "Risks",
                    "Business model canvas", "Team", "All findings", "Readiness over time"), titles,
                    "the example has snapshots, so it has the trend");
            for (int i = 1; i < pages.size(); i++) {
                assertTrue(pages.get(i) > pages.get(i - 1), "each section starts on a page of its own");
            }
            PDPage canvas = doc.getPage(pages.get(5));
            assertTrue(canvas.getMediaBox().getWidth() > canvas.getMediaBox().getHeight(), "the canvas is landscape");
        }
        List<String> text = pdf.pages();
        for (int p = 0; p < text.size(); p++) {
            String page = text.get(p);
            assertTrue(page.contains("Page " + (p + 1) + " of " + text.size()), page);
            assertTrue(page.contains("MedTriage · assessed 2026-11-28 · AI Venture Workbook 9.8.7"), page);
        }
    }

    @Test
    void aProjectWithoutSnapshotsHasNoTrend() throws IOException {
        Project project = Examples.project(Examples.MEDTRIAGE).withSnapshots(List.of());
        try (PDDocument doc = BriefingPdf.of(project).open()) {
            List<String> titles = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
            assertFalse(titles.contains("Readiness over time"));
            assertEquals(8, titles.size());
        }
    }

    @Test
    void aLongDescriptionWrapsAcrossPagesAndExtractsWhole() throws IOException {
        StringBuilder description = new StringBuilder();
        int words = 0;
        while (description.length() < 19_990) {
            description.append(String.format("w%05d ", words++));
        }
        String text = description.toString().strip();
        assertTrue(text.length() > 19_900 && text.length() <= 20_000);
        Project base = Examples.project(Examples.MEDTRIAGE);
        Risk first = base.risks().get(0).withDescription(text);
        Project project = base.withRisk(first.id(), r -> first);

        List<String> pages = BriefingPdf.of(project).pages();
        List<String> tokens = new ArrayList<>();
        int firstPage = -1;
        int lastPage = -1;
        for (int p = 0; p < pages.size(); p++) {
            for (String token : pages.get(p).split("\\s+")) {
                if (token.matches("w\\d{5}")) {
                    tokens.add(token);
                    firstPage = firstPage < 0 ? p : firstPage;
                    lastPage = p;
                }
            }
        }
        List<String> expected = List.of(text.split(" "));
        assertEquals(expected, tokens, "every word, in order, once");
        assertTrue(lastPage - firstPage >= 2, "the description runs over several pages: " + firstPage + ".." + lastPage);
    }

    @Test
    void aThousandRiskProjectGivesAValidPdfWithEveryCode() throws IOException {
        Project project = ProjectGenerator.generate(7, 1_000);
        BriefingPdf pdf = BriefingPdf.of(project);
        String text = pdf.squeezedText();
        for (Risk r : project.risks()) {
            assertTrue(text.contains(r.code()), r.code());
        }
        try (PDDocument doc = pdf.open()) {
            assertTrue(doc.getNumberOfPages() > 50, "pages: " + doc.getNumberOfPages());
        }
    }

    @Test
    void thePageCountGrowsWithTheRegisterNotTheCover() throws IOException {
        Project small = ProjectGenerator.generate(3, 20);
        Project large = ProjectGenerator.generate(3, 200);
        assertTrue(pageCount(large) > pageCount(small) + 10);

        String longName = "N".repeat(20) + " " + "Venture ".repeat(22);
        Project crowded = small.withName(longName.strip()).withSummary("A long summary. ".repeat(1200).strip());
        try (PDDocument doc = BriefingPdf.of(crowded).open()) {
            PDOutlineItem second = doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getNextSibling();
            assertEquals(1, doc.getPages().indexOf(((PDPageDestination) second.getDestination()).getPage()),
                    "the cover is one page whatever the name and summary");
        }
        assertTrue(BriefingPdf.of(crowded).squeezedText().contains(BriefingPdf.squeeze(crowded.summary())),
                "the summary the cover has no room for is kept");
    }

    @Test
    void charactersTheFontLacksArePrintedAsAQuestionMarkNotAFailure() throws IOException {
        Project base = Examples.project(Examples.MEDTRIAGE);
        Risk first = base.risks().get(0).withTitle("Emoji 🚀 and a tab\there");
        BriefingPdf pdf = BriefingPdf.of(base.withRisk(first.id(), r -> first));
        assertTrue(pdf.squeezedText().contains("Emoji??andatabhere"));
    }

    @Test
    void cancellingStopsTheBriefing() {
        AtomicInteger sections = new AtomicInteger();
        BriefingProgress cancelAfterTwo = new BriefingProgress() {
            @Override
            public void sectionStarted(int index, int count) {
                sections.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return sections.get() >= 2;
            }
        };
        Project project = ProjectGenerator.generate(5, 300);
        assertThrows(BriefingCancelledException.class,
                () -> BriefingPdf.of(project, Language.EN, cancelAfterTwo));
        assertEquals(2, sections.get());
    }

    @Test
    void anEmptyProjectStillGetsEverySection() throws IOException {
        Project empty = Project.blank(UUID.randomUUID(), "Blank", Language.EN, BriefingPdf.CREATED);
        BriefingPdf pdf = BriefingPdf.of(empty);
        String text = pdf.squeezedText();
        assertTrue(text.contains("Theregisterisempty."));
        assertTrue(text.contains("Noteamentriesyet."));
    }

    private static int pageCount(Project project) throws IOException {
        try (PDDocument doc = BriefingPdf.of(project).open()) {
            return doc.getNumberOfPages();
        }
    }
}
