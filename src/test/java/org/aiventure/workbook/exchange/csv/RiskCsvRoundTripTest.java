package org.aiventure.workbook.exchange.csv;

import static org.aiventure.workbook.exchange.csv.CsvFixtures.controlsOf;
import static org.aiventure.workbook.exchange.csv.CsvFixtures.export;
import static org.aiventure.workbook.exchange.csv.CsvFixtures.medtriage;
import static org.aiventure.workbook.exchange.csv.CsvFixtures.read;
import static org.aiventure.workbook.exchange.csv.CsvFixtures.sameTeam;
import static org.aiventure.workbook.exchange.csv.CsvFixtures.text;
import static org.aiventure.workbook.exchange.csv.CsvFixtures.withoutIds;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.aiventure.workbook.domain.Acceptance;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.MitigationState;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Treatment;
import org.aiventure.workbook.testing.ProjectGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A register exported and imported again is the same register, ids aside, whatever a spreadsheet did to it. */
class RiskCsvRoundTripTest {

    private static final String HEADER = "code,title,description,category,likelihood,impact,treatment,status,"
            + "owner,reviewBy,acceptanceRationale,acceptanceExpires,mitigations\r\n";

    /** The example with a risk whose texts are everything a spreadsheet cell makes hard. */
    private static Project medtriageWithAwkwardTexts() {
        Project p = medtriage();
        Risk awkward = new Risk(UUID.randomUUID(), "R-042", "- 数据泄露, \"quoted\" =SUM(A1)",
                "第一行\r\n- second line, with a comma\n'apostrophe first\n\n@mention 😀",
                RiskCategory.DATA_PRIVACY_SECURITY, 4, 5, Treatment.ACCEPT, RiskStatus.OPEN, p.team().get(0).id(),
                LocalDate.of(2026, 12, 31), new Acceptance("=接受 the residual risk", null),
                List.of(new Mitigation(UUID.randomUUID(), null, "审计 | monthly, by counsel", MitigationState.VERIFIED,
                        90), new Mitigation(UUID.randomUUID(), "DPS_AUDIT", "+ external audit", MitigationState.PLANNED,
                        0)));
        return p.addRisk(awkward);
    }

    @Test
    void theExampleRoundTripsWithItsChineseAndItsAwkwardTexts() throws IOException {
        Project p = medtriageWithAwkwardTexts();
        byte[] csv = export(p);

        List<Risk> back = read(text(csv), sameTeam(p, controlsOf(p)));

        assertEquals(withoutIds(p.risks()), withoutIds(back));
        assertEquals("- 数据泄露, \"quoted\" =SUM(A1)", back.get(7).title());
        assertEquals(p.risks().get(0).ownerId(), back.get(0).ownerId());
        List<UUID> ids = back.stream().flatMap(r -> Stream.concat(Stream.of(r.id()),
                r.mitigations().stream().map(Mitigation::id))).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique");
        assertTrue(p.risks().stream().noneMatch(r -> ids.contains(r.id())), "ids are new");
    }

    @Test
    void theFileStartsWithABomAndAHeaderAndEndsRecordsWithCrlf() {
        Project p = medtriageWithAwkwardTexts();
        byte[] csv = export(p);

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = text(csv).substring(1);
        assertTrue(text.startsWith(HEADER), text);
        assertTrue(text.startsWith(HEADER + "R-001,\"Patient data leaks from the triage logs\","), text);
        assertTrue(text.contains("\r\nR-042,\"'- 数据泄露, \"\"quoted\"\" =SUM(A1)\",\"第一行\r\n- second line"), text);
        assertTrue(text.contains("\"DPS_ENCRYPTION | Encrypt transcripts at rest and in transit | IMPLEMENTED | 30\n"
                + "DPS_ACCESS_CONTROL | Role-based access to transcripts | IN_PROGRESS | 30\n"), text);
        assertTrue(text.contains(",\"CEO (Dr. Lena Ortiz)\",2027-02-01,"), text);
        assertTrue(text.endsWith("\r\n"), text);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 2026})
    void generatedProjectsRoundTrip(long seed) throws IOException {
        Project p = ProjectGenerator.generate(seed, 120);

        List<Risk> back = read(text(export(p)), sameTeam(p, controlsOf(p)));

        assertEquals(withoutIds(p.risks()), withoutIds(back));
    }

    /** What Excel in a semicolon locale saves ("CSV UTF-8" with a BOM, plain "CSV" without one). */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aFileResavedWithSemicolonsReadsTheSame(boolean bom) throws IOException {
        Project p = medtriageWithAwkwardTexts();
        String resaved = resave(text(export(p)).substring(1), ';');
        assertTrue(resaved.startsWith("code;title;description;"), resaved);

        List<Risk> back = RiskCsvReader.read(new ByteArrayInputStream(((bom ? "\uFEFF" : "") + resaved)
                .getBytes(StandardCharsets.UTF_8)), sameTeam(p, controlsOf(p)));

        assertEquals(withoutIds(p.risks()), withoutIds(back));
    }

    @Test
    void whatASpreadsheetUserTypesIsAccepted() throws IOException {
        Project p = medtriage();
        String csv = "Title ; CATEGORY;likelihood;impact;treatment;status;reviewBy;mitigations;Owner\n"
                + "GPU 预算;compute_resources;2;3;mitigate;Open;2026/6/1;\"res_budget_cap|cap per run|in_progress|25\n\""
                + ";ML engineering lead (Kai Chen)\n"
                + ";;;;;;;;\n"
                + "\n"
                + "Vendor lock-in;supply_chain; 4 ;1;Transfer;closed;;; CEO (Dr. Lena Ortiz) \n";

        List<Risk> risks = read(csv, CsvImportContext.into(p, Set.of("RES_BUDGET_CAP"), CsvFixtures.ids()));

        assertEquals(2, risks.size());
        Risk gpu = risks.get(0);
        assertEquals("GPU 预算", gpu.title());
        assertEquals(RiskCategory.COMPUTE_RESOURCES, gpu.category());
        assertEquals(LocalDate.of(2026, 6, 1), gpu.reviewBy());
        assertEquals(List.of(new Mitigation(gpu.mitigations().get(0).id(), "RES_BUDGET_CAP", "cap per run",
                MitigationState.IN_PROGRESS, 25)), gpu.mitigations());
        assertEquals(UUID.fromString("00000000-0000-4000-8000-000000000102"), gpu.ownerId());
        assertEquals("", gpu.description());
        assertEquals(null, gpu.acceptance());
        Risk vendor = risks.get(1);
        assertEquals(4, vendor.likelihood());
        assertEquals(RiskStatus.CLOSED, vendor.status());
        assertEquals(UUID.fromString("00000000-0000-4000-8000-000000000101"), vendor.ownerId());
        assertEquals(List.of(), vendor.mitigations());
    }

    @Test
    void anEmptyOwnerCellLeavesTheRiskUnowned() throws IOException {
        Project p = medtriage();
        String csv = "title,category,likelihood,impact,treatment,status,owner\n"
                + "A,OTHER,1,1,ACCEPT,OPEN,\n";

        Risk r = read(csv, CsvImportContext.into(p, Set.of(), CsvFixtures.ids())).get(0);

        assertEquals(null, r.ownerId());
        assertEquals(new Acceptance("", null), r.acceptance(), "an accepted risk keeps an (empty) acceptance");
    }

    @Test
    void codesAreKeptWhenFreeAndOtherwiseTheNextFreeOnes() throws IOException {
        Project p = medtriage();
        String csv = "code,title,category,likelihood,impact,treatment,status\n"
                + ",no code,OTHER,1,1,MITIGATE,OPEN\n"
                + "R-003,taken in the project,OTHER,1,1,MITIGATE,OPEN\n"
                + "R-050,free,OTHER,1,1,MITIGATE,OPEN\n"
                + "R-050,taken by the row above,OTHER,1,1,MITIGATE,OPEN\n"
                + "R-0009,free as written,OTHER,1,1,MITIGATE,OPEN\n";

        List<Risk> risks = read(csv, CsvImportContext.into(p, Set.of(), CsvFixtures.ids()));

        assertEquals(List.of("R-051", "R-052", "R-050", "R-053", "R-0009"), risks.stream().map(Risk::code).toList());
        Project merged = p;
        for (Risk r : risks) {
            merged = merged.addRisk(r);
        }
        assertEquals(12, merged.risks().size());
        assertNotEquals(p.risks().get(0).id(), risks.get(0).id());
    }

    @Test
    void aHeaderOnlyFileHasNoRisks() throws IOException {
        assertEquals(List.of(), read(HEADER, sameTeam(medtriage(), Set.of())));
    }

    /** The CSV parsed and written again with another delimiter and LF line ends, as another program would. */
    private static String resave(String csv, char delimiter) throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(new StringReader(csv))) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        }
        StringWriter out = new StringWriter();
        try (SequenceWriter w = mapper.writer(CsvSchema.emptySchema().withColumnSeparator(delimiter)
                .withLineSeparator("\n")).writeValues(out)) {
            w.writeAll(rows);
        }
        return out.toString();
    }
}
