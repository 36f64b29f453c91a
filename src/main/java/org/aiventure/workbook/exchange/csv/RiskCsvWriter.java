package org.aiventure.workbook.exchange.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aiventure.workbook.domain.Risk;

/**
 * Writes a risk register as CSV for a spreadsheet: founders keep and share their registers in Excel today.
 *
 * <p>The file: UTF-8 with a byte order mark (without one, Excel reads UTF-8 as the system code page and the
 * Chinese turns to mojibake); a header row; one row per risk; records ending in CRLF, as RFC 4180 and Excel
 * itself write them (LibreOffice and every CSV reader take them too); a comma between cells; a cell quoted
 * when it holds a comma, a quote or a line break, line breaks inside a cell kept as the text has them.
 *
 * <p>The columns, in order: {@code code, title, description, category, likelihood, impact, treatment, status,
 * owner, reviewBy, acceptanceRationale, acceptanceExpires, mitigations}. Keys ({@code DATA_PRIVACY_SECURITY},
 * {@code MITIGATE}, {@code OPEN}) as file-format.md spells them; dates {@code YYYY-MM-DD}; the owner as
 * {@link OwnerNames} writes it; the acceptance cells empty when a risk has no acceptance; the mitigations in one
 * cell as {@link MitigationCell} describes. A cell that a spreadsheet would run as a formula gets a leading
 * apostrophe ({@link FormulaGuard}), which {@link RiskCsvReader} removes again.
 */
public final class RiskCsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CsvMapper MAPPER = CsvMapper.builder()
            // the caller opened the stream, the caller closes it
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private RiskCsvWriter() {
    }

    /**
     * Writes {@code risks} in their order. {@code ownerNames} must name every owner of those risks (build it
     * with {@link OwnerNames#of}); the stream is flushed and left open.
     */
    public static void write(List<Risk> risks, Map<UUID, String> ownerNames, OutputStream out) throws IOException {
        out.write(BOM);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (SequenceWriter rows = MAPPER.writer(SCHEMA).writeValues(text)) {
            List<String> header = new ArrayList<>();
            for (RiskColumn c : RiskColumn.values()) {
                header.add(c.header());
            }
            rows.write(header);
            for (Risk r : risks) {
                rows.write(row(r, ownerNames).stream().map(FormulaGuard::guard).toList());
            }
        }
        text.flush();
    }

    private static List<String> row(Risk r, Map<UUID, String> ownerNames) {
        List<String> cells = new ArrayList<>();
        for (RiskColumn c : RiskColumn.values()) {
            cells.add(switch (c) {
                case CODE -> r.code();
                case TITLE -> r.title();
                case DESCRIPTION -> r.description();
                case CATEGORY -> r.category().name();
                case LIKELIHOOD -> Integer.toString(r.likelihood());
                case IMPACT -> Integer.toString(r.impact());
                case TREATMENT -> r.treatment().name();
                case STATUS -> r.status().name();
                case OWNER -> r.ownerId() == null ? "" : ownerName(ownerNames, r);
                case REVIEW_BY -> r.reviewBy() == null ? "" : r.reviewBy().toString();
                case ACCEPTANCE_RATIONALE -> r.acceptance() == null ? "" : r.acceptance().rationale();
                case ACCEPTANCE_EXPIRES -> r.acceptance() == null || r.acceptance().expires() == null
                        ? "" : r.acceptance().expires().toString();
                case MITIGATIONS -> MitigationCell.format(r.mitigations());
            });
        }
        return cells;
    }

    /** A missing name is the caller's mistake; writing the risk unowned would lose the owner unnoticed. */
    private static String ownerName(Map<UUID, String> ownerNames, Risk r) {
        String name = ownerNames.get(r.ownerId());
        if (name == null) {
            throw new IllegalArgumentException("no owner name for " + r.ownerId() + " of " + r.code());
        }
        return name;
    }
}
