package org.aiventure.workbook.exchange.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aiventure.workbook.domain.Checks;
import org.aiventure.workbook.domain.Risk;

/**
 * Reads a risk register CSV (see {@link RiskCsvWriter} for the columns) into new risks for a project. The file
 * is untrusted input and is checked whole before anything is returned: every problem is reported as
 * {@code row N, column X: sentence} (up to {@value CsvImportException#SHOWN}, then a count) in a
 * {@link CsvImportException}, and no risk comes back unless the whole file is valid.
 *
 * <p>Accepted: a UTF-8 byte order mark or none; comma or semicolon as the delimiter (whichever the header line
 * uses more); quoted cells with line breaks; columns in any order, header names and keys in any case; optional
 * columns left out or left empty; rows with nothing in them (skipped). Refused: a file over 16 MiB or not
 * UTF-8, a missing required column, an unknown, unnamed or repeated column, and any value the file format does
 * not allow.
 *
 * <p>Codes: a row keeps its code when the code is free in the target project and not kept by an earlier row;
 * every other row, and a row with an empty code, gets the next free code (one above the highest in use), in
 * file order. Owners: the owner cell must be empty or name exactly one team entry of the target project as
 * {@link OwnerNames} writes it; an unknown name is a problem, not silently dropped.
 */
public final class RiskCsvReader {

    private static final CsvMapper MAPPER = new CsvMapper();

    private RiskCsvReader() {
    }

    /** The file's risks with new ids and codes free in the target; the stream is read to its end, left open. */
    public static List<Risk> read(InputStream in, CsvImportContext context) throws IOException {
        String text = CsvText.read(in);
        Violations violations = new Violations();
        List<List<String>> rows = rows(text, violations);
        if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isEmpty)) {
            throw violations.fatal(CsvViolation.inFile("csv.error.empty"));
        }
        Map<RiskColumn, Integer> positions = header(rows.get(0), violations);
        // A header that is wrong would make every row's report wrong too: report the header alone.
        violations.throwIfAny();
        OwnerLookup owners = new OwnerLookup(context.ownerNames());
        MitigationCell mitigations = new MitigationCell(context.knownControls());
        List<RiskRow.Draft> drafts = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(Checks::isBlank)) {
                continue;
            }
            int row = i + 1;
            if (cells.size() > rows.get(0).size()
                    && !cells.subList(rows.get(0).size(), cells.size()).stream().allMatch(Checks::isBlank)) {
                violations.add(CsvViolation.inRow(row, "csv.error.extraCells", cells.size(), rows.get(0).size()));
                continue;
            }
            RiskRow.Draft draft = new RiskRow(row, cells, positions, violations).read(owners, mitigations);
            if (draft != null) {
                drafts.add(draft);
            }
        }
        violations.throwIfAny();
        return withCodes(drafts, context);
    }

    /** Every record of the file, each cell without its formula guard; a malformed file stops at the fault. */
    private static List<List<String>> rows(String text, Violations violations) throws IOException {
        ObjectReader reader = MAPPER.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema().withColumnSeparator(CsvText.delimiter(text)));
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = reader.readValues(new StringReader(text))) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue().stream().map(FormulaGuard::unguard).toList());
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw violations.fatal(CsvViolation.inFile("csv.error.malformed",
                    where == null ? "?" : Integer.toString(where.getLineNr()), e.getOriginalMessage()));
        }
        return rows;
    }

    /** Where each column is; every unknown, unnamed, repeated or missing column reported. */
    private static Map<RiskColumn, Integer> header(List<String> names, Violations violations) {
        Map<RiskColumn, Integer> positions = new EnumMap<>(RiskColumn.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (Checks.isBlank(name)) {
                violations.add(CsvViolation.inCell(1, letter(i), "csv.error.header.unnamed"));
                continue;
            }
            RiskColumn column = RiskColumn.ofHeader(name);
            if (column == null) {
                violations.add(CsvViolation.inCell(1, CsvViolation.shorten(name.strip()), "csv.error.header.unknown",
                        RiskColumn.allHeaders()));
            } else if (positions.putIfAbsent(column, i) != null) {
                violations.add(CsvViolation.inCell(1, column.header(), "csv.error.header.repeated"));
            }
        }
        for (RiskColumn column : RiskColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                violations.add(CsvViolation.inCell(1, column.header(), "csv.error.header.missing"));
            }
        }
        return positions;
    }

    /** A column's letters as a spreadsheet shows them: A-Z, then AA, AB, … */
    private static String letter(int index) {
        StringBuilder out = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return out.toString();
    }

    /**
     * The risks under their final codes. Codes that can be kept are settled first, so a row without a code
     * never takes the code a later row asks for.
     */
    private static List<Risk> withCodes(List<RiskRow.Draft> drafts, CsvImportContext context) {
        Set<String> used = new HashSet<>(context.takenCodes());
        List<String> kept = new ArrayList<>();
        for (RiskRow.Draft d : drafts) {
            kept.add(d.code() != null && used.add(d.code()) ? d.code() : null);
        }
        int next = used.stream().mapToInt(RiskCsvReader::number).max().orElse(0);
        List<Risk> risks = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String code = kept.get(i) != null ? kept.get(i) : Risk.code(++next);
            risks.add(drafts.get(i).toRisk(code, context.ids()));
        }
        return risks;
    }

    private static int number(String code) {
        return Integer.parseInt(code.substring(2));
    }
}
