package org.aiventure.workbook.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A valid register spoiled one way each: the import refuses it and says where (row, column) and what. Row 2
 * has a cell with a line break, so row 3 is on the file's fourth line: rows count as a spreadsheet counts.
 */
class BadCsvTest {

    private static final Project MEDTRIAGE = CsvFixtures.medtriage();
    private static final String HEADER = "code,title,description,category,likelihood,impact,treatment,status,owner,"
            + "reviewBy,acceptanceExpires,mitigations\n";
    private static final String ROW_2 = "R-001,Data leak,\"line one\nline two\",DATA_PRIVACY_SECURITY,3,4,MITIGATE,OPEN,"
            + "CEO (Dr. Lena Ortiz),2027-01-15,,DPS_ENCRYPTION | Encrypt | PLANNED | 30\n";
    private static final String ROW_3 = "R-002,Vendor terms,,SUPPLY_CHAIN,2,2,ACCEPT,OPEN,,,2026-09-30,\n";

    private static CsvImportContext context() {
        return CsvImportContext.into(MEDTRIAGE, Set.of("DPS_ENCRYPTION", "DPS_AUDIT"), CsvFixtures.ids());
    }

    private static CsvImportException rejected(byte[] file) {
        return assertThrows(CsvImportException.class,
                () -> RiskCsvReader.read(new ByteArrayInputStream(file), context()));
    }

    private static CsvImportException rejected(String file) {
        return rejected(file.getBytes(StandardCharsets.UTF_8));
    }

    /** The valid file with the first {@code target} in row 3 replaced. */
    private static String row3(String target, String replacement) {
        assertTrue(ROW_3.contains(target), target);
        return HEADER + ROW_2 + ROW_3.replaceFirst(Pattern.quote(target), Matcher.quoteReplacement(replacement));
    }

    private static String header(String target, String replacement) {
        assertTrue(HEADER.contains(target), target);
        return HEADER.replace(target, replacement) + ROW_2 + ROW_3;
    }

    @Test
    void theUnspoiledFileIsValid() throws Exception {
        assertEquals(2, CsvFixtures.read(HEADER + ROW_2 + ROW_3, context()).size());
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of(row3(",2,2,", ",7,2,"), "row 3, column likelihood: ",
                        "must be a whole number from 1 to 5; found \"7\""),
                Arguments.of(row3(",2,2,", ",2,high,"), "row 3, column impact: ", "found \"high\""),
                Arguments.of(row3("SUPPLY_CHAIN", "VENDORS"), "row 3, column category: ",
                        "must be one of DATA_PRIVACY_SECURITY, INTERPRETABILITY"),
                Arguments.of(row3("ACCEPT", ""), "row 3, column treatment: ", "must not be empty"),
                Arguments.of(row3(",,2026-09-30", ",2026-02-30,2026-09-30"), "row 3, column reviewBy: ",
                        "must be a real date written YYYY-MM-DD; found \"2026-02-30\""),
                Arguments.of(row3("2026-09-30", "30.09.2026"), "row 3, column acceptanceExpires: ",
                        "found \"30.09.2026\""),
                Arguments.of(row3("Vendor terms", "😀".repeat(201)), "row 3, column title: ",
                        "may be at most 200 characters long; it has 201"),
                Arguments.of(row3("R-002", "X-2"), "row 3, column code: ", "a risk code such as R-007; found \"X-2\""),
                Arguments.of(row3("OPEN,,", "OPEN,Bob,"), "row 3, column owner: ",
                        "no team entry of this project is called \"Bob\""),
                Arguments.of(row3("30,\n", "30,DPS_ENCRYPTION | Encrypt | DONE | 30\n"), "row 3, column mitigations: ",
                        "mitigation line 1: the state must be one of PLANNED, IN_PROGRESS, IMPLEMENTED, VERIFIED; "
                                + "found \"DONE\""),
                Arguments.of(row3("30,\n", "30,\"\nDPS_NOPE | x | PLANNED | 10\"\n"), "row 3, column mitigations: ",
                        "mitigation line 2 names no known control: \"DPS_NOPE\""),
                Arguments.of(row3("30,\n", "30,Encrypt everything\n"), "row 3, column mitigations: ",
                        "mitigation line 1 must have four parts, control | title | state | effectiveness"),
                Arguments.of(row3("30,\n", "30,CUSTOM | x | PLANNED | 95\n"), "row 3, column mitigations: ",
                        "the effectiveness must be a whole number from 0 to 90; found \"95\""),
                Arguments.of(row3("30,\n", "30,CUSTOM |  | PLANNED | 5\n"), "row 3, column mitigations: ",
                        "the title must be 1 to 200 characters long; it has 0"),
                Arguments.of(row3("30,\n", "30,,surplus\n"), "row 3: ",
                        "the row has 13 cells but the first row names only 12 columns"),
                Arguments.of(header("impact,", ""), "row 1, column impact: ", "this required column is missing"),
                Arguments.of(header("owner", "colour"), "row 1, column colour: ",
                        "unknown column; the columns are code, title, description"),
                Arguments.of(header("description", "Title"), "row 1, column title: ", "this column is named twice"),
                Arguments.of(header("mitigations\n", "mitigations,\n"), "row 1, column M: ", "this column has no name"),
                Arguments.of(row3("Vendor terms", "\"Vendor terms"), "",
                        "the file is not well-formed CSV near line"),
                Arguments.of("", "", "the file is empty"));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void eachProblemIsReportedWhereItIs(String file, String where, String fragment) {
        CsvImportException e = rejected(file);

        assertEquals(1, e.total(), e.getMessage());
        String message = e.violations().get(0).toString();
        assertTrue(message.startsWith(where), message);
        assertTrue(message.contains(fragment), message);
    }

    @Test
    void aFileInALegacyCodePageIsNotUtf8() {
        byte[] gbk = row3("Vendor terms", "供应商条款").getBytes(Charset.forName("GBK"));

        int firstGbkByte = (HEADER + ROW_2 + "R-002,").length();

        assertEquals("the file is not UTF-8 text (byte offset " + firstGbkByte + ", line 4); in Excel, save it as "
                + "\"CSV UTF-8 (Comma delimited)\"", rejected(gbk).getMessage());
    }

    @Test
    void aFileOverSixteenMebibytesIsNotRead() {
        byte[] large = new byte[CsvText.MAX_BYTES + 1];
        Arrays.fill(large, (byte) 'a');

        assertEquals("the file is larger than 16 MiB, too large for a risk register", rejected(large).getMessage());
    }

    @Test
    void theReadIsBoundedEvenForAnEndlessStream() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };

        CsvImportException e = assertThrows(CsvImportException.class, () -> RiskCsvReader.read(endless, context()));
        assertEquals("csv.error.tooLarge", e.violations().get(0).key());
    }

    @Test
    void twoEntriesOfTheSameNameMakeTheOwnerAmbiguous() {
        CsvImportContext twins = new CsvImportContext(Set.of(), Map.of(UUID.randomUUID(), "CTO",
                UUID.randomUUID(), "CTO"), Set.of(), CsvFixtures.ids());
        String csv = "title,category,likelihood,impact,treatment,status,owner\nA,OTHER,1,1,AVOID,OPEN,CTO\n";

        CsvImportException e = assertThrows(CsvImportException.class, () -> CsvFixtures.read(csv, twins));

        assertEquals("row 2, column owner: more than one team entry of this project is called \"CTO\"; rename one "
                + "of them or leave the cell empty", e.violations().get(0).toString());
    }

    @Test
    void everyProblemOfEveryRowIsListedAtOnce() {
        String file = HEADER + ROW_2.replace("PLANNED | 30", "PLANNED | lots")
                + ROW_3.replace(",2,2,", ",0,2,").replace("SUPPLY_CHAIN", "Supply").replace("2026-09-30", "soon");

        CsvImportException e = rejected(file);

        assertEquals(List.of(
                "row 2, column mitigations: mitigation line 1: the effectiveness must be a whole number from 0 to 90; "
                        + "found \"lots\"",
                "row 3, column category: must be one of DATA_PRIVACY_SECURITY, INTERPRETABILITY, MODEL_PERFORMANCE, "
                        + "COMPUTE_RESOURCES, LEGAL_ETHICS, SUPPLY_CHAIN, MARKET, TEAM, BUSINESS_MODEL, OTHER; "
                        + "found \"Supply\"",
                "row 3, column likelihood: must be a whole number from 1 to 5; found \"0\"",
                "row 3, column acceptanceExpires: must be a real date written YYYY-MM-DD; found \"soon\""),
                e.violations().stream().map(CsvViolation::toString).toList());
        assertEquals(String.join("\n", e.violations().stream().map(CsvViolation::toString).toList()), e.getMessage());
        assertEquals("The risk register could not be imported: the file has 4 problems. Nothing was imported.",
                e.message(Language.EN));
        assertNull(e.more());
    }

    @Test
    void theFirstHundredProblemsAreListedAndTheRestCounted() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 150; i++) {
            file.append(ROW_3.replace("R-002", "").replace(",2,2,", ",9,2,"));
        }

        CsvImportException e = rejected(file.toString());

        assertEquals(100, e.violations().size());
        assertEquals(150, e.total());
        assertEquals("row 101, column likelihood: must be a whole number from 1 to 5; found \"9\"",
                e.violations().get(99).toString());
        assertTrue(e.getMessage().endsWith("\n… and 50 more problems"), e.getMessage());
        assertEquals("……另有 50 个问题", e.more().message(Language.ZH_CN));
    }

    @Test
    void aProblemReadsInChineseToo() {
        CsvImportException e = rejected(row3(",2,2,", ",7,2,"));

        assertEquals("第 3 行，likelihood 列：必须是 1 到 5 之间的整数；现为“7”",
                e.violations().get(0).message(Language.ZH_CN));
        assertEquals("无法导入风险登记表：文件中有 1 个问题。未导入任何内容。", e.message(Language.ZH_CN));
    }
}
