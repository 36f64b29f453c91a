package org.aiventure.workbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.aiventure.workbook.testing.Examples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brief}: a .aivw file to a PDF in the project's language or --lang's, and bad input refused. */
class BriefCommandTest {

    @TempDir
    Path dir;

    private Path example(String resource) throws Exception {
        return Examples.copyTo(dir, resource);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void writesTheBriefingInTheProjectsLanguageOrTheOneAskedFor() throws Exception {
        Path zh = dir.resolve("zh.pdf");
        Cli cli = Cli.run("brief", example(Examples.ZHIZAO).toString(), "--out", zh.toString(), "--as-of", "2026-11-28");
        assertEquals(0, cli.exit, cli.err);
        assertTrue(cli.out.contains(zh.toString()), cli.out);
        String chinese = text(zh);
        assertTrue(chinese.contains("执行摘要"));
        assertTrue(chinese.contains("评估日期 2026-11-28"), "the footer names the --as-of date");

        Path en = dir.resolve("en.pdf");
        Cli english = Cli.run("brief", example(Examples.ZHIZAO).toString(), "--out", en.toString(), "--lang", "en");
        assertEquals(0, english.exit, english.err);
        assertTrue(text(en).contains("Executive summary"));
    }

    @Test
    void aMissingProjectIsBadInputAndWritesNothing() throws Exception {
        Path out = dir.resolve("none.pdf");
        Cli cli = Cli.run("brief", "No such project", "--db", dir.resolve("w.db").toString(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, cli.exit, cli.err);
        assertFalse(cli.err.isBlank());
        assertFalse(Files.exists(out));
    }
}
