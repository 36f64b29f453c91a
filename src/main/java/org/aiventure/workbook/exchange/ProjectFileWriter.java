package org.aiventure.workbook.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.aiventure.workbook.domain.Acceptance;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Checks;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.Snapshot;
import org.aiventure.workbook.domain.TeamEntry;

/**
 * Writes a {@link Project} as a plain {@code .aivw} file in the one canonical form of file-format.md, so that
 * two exports of the same project are byte-identical and diff well. It streams: a 10,000-risk project is
 * never held as a JSON tree.
 */
final class ProjectFileWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            // the caller opened the stream, the caller closes it
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // BigDecimal.toString would write 100.0 rounded to no scale as 1E+2
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** Canonical scores have one fractional digit, rounded half-up like every printed score (scoring.md). */
    private static final int SCORE_SCALE = 1;

    /** Writes the file to {@code out}, which is flushed and left open. */
    void write(Project project, Instant exportedAt, String generator, OutputStream out) throws IOException {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(exportedAt, "exportedAt");
        Checks.text("generator", generator, 1, AivwFormat.GENERATOR_LENGTH);
        try (JsonGenerator g = canonicalGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("format", AivwFormat.NAME);
            g.writeNumberField("formatVersion", AivwFormat.VERSION);
            g.writeStringField("exportedAt", exportedAt.toString());
            g.writeStringField("generator", generator);
            g.writeFieldName("project");
            writeProject(g, project);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** The file as bytes. */
    byte[] toBytes(Project project, Instant exportedAt, String generator) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(project, exportedAt, generator, out);
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail; only a broken JDK could get here
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A generator that writes the canonical form of file-format.md to {@code out}, leaving it open. */
    static JsonGenerator canonicalGenerator(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.setPrettyPrinter(canonicalPrinter());
        return g;
    }

    /** The printer that file-format.md was checked against; a fresh one per file, as printers keep state. */
    private static DefaultPrettyPrinter canonicalPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private static void writeProject(JsonGenerator g, Project p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id().toString());
        g.writeStringField("name", p.name());
        g.writeStringField("summary", p.summary());
        g.writeStringField("language", p.language().tag());
        g.writeStringField("stage", p.stage().name());
        writeNames(g, "sectors", p.sectors());
        writeNames(g, "markets", p.markets());
        g.writeObjectFieldStart("profile");
        for (ProfileFact fact : ProfileFact.values()) {
            g.writeBooleanField(fact.key(), p.profile().has(fact));
        }
        g.writeEndObject();
        g.writeNumberField("riskAppetite", p.riskAppetite());
        g.writeStringField("createdAt", p.createdAt().toString());
        g.writeStringField("updatedAt", p.updatedAt().toString());
        g.writeArrayFieldStart("analysis");
        for (AnalysisItem a : p.analysis()) {
            writeAnalysisItem(g, a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("risks");
        for (Risk r : p.risks()) {
            writeRisk(g, r);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("canvas");
        for (CanvasNote n : p.canvas()) {
            writeCanvasNote(g, n);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("team");
        for (TeamEntry t : p.team()) {
            writeTeamEntry(g, t);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("practices");
        for (Practice pr : p.practices()) {
            writePractice(g, pr);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("snapshots");
        for (Snapshot s : p.snapshots()) {
            writeSnapshot(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeAnalysisItem(JsonGenerator g, AnalysisItem a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id().toString());
        g.writeStringField("kind", a.kind().name());
        g.writeStringField("category", a.category().name());
        g.writeStringField("title", a.title());
        g.writeStringField("notes", a.notes());
        g.writeNumberField("impact", a.impact());
        g.writeNumberField("likelihood", a.likelihood());
        writeIds(g, "linkedRiskIds", a.linkedRiskIds());
        g.writeEndObject();
    }

    private static void writeRisk(JsonGenerator g, Risk r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id().toString());
        g.writeStringField("code", r.code());
        g.writeStringField("title", r.title());
        g.writeStringField("description", r.description());
        g.writeStringField("category", r.category().name());
        g.writeNumberField("likelihood", r.likelihood());
        g.writeNumberField("impact", r.impact());
        g.writeStringField("treatment", r.treatment().name());
        g.writeStringField("status", r.status().name());
        writeNullable(g, "ownerId", r.ownerId());
        writeNullable(g, "reviewBy", r.reviewBy());
        g.writeFieldName("acceptance");
        writeAcceptance(g, r.acceptance());
        g.writeArrayFieldStart("mitigations");
        for (Mitigation m : r.mitigations()) {
            writeMitigation(g, m);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeAcceptance(JsonGenerator g, Acceptance a) throws IOException {
        if (a == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("rationale", a.rationale());
        writeNullable(g, "expires", a.expires());
        g.writeEndObject();
    }

    private static void writeMitigation(JsonGenerator g, Mitigation m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id().toString());
        writeNullable(g, "controlId", m.controlId());
        g.writeStringField("title", m.title());
        g.writeStringField("state", m.state().name());
        g.writeNumberField("effectiveness", m.effectiveness());
        g.writeEndObject();
    }

    private static void writeCanvasNote(JsonGenerator g, CanvasNote n) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", n.id().toString());
        g.writeStringField("block", n.block().name());
        g.writeStringField("text", n.text());
        g.writeStringField("color", n.color().name());
        g.writeNumberField("position", n.position());
        g.writeStringField("evidence", n.evidence().name());
        writeIds(g, "linkedRiskIds", n.linkedRiskIds());
        g.writeEndObject();
    }

    private static void writeTeamEntry(JsonGenerator g, TeamEntry t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id().toString());
        g.writeStringField("role", t.role().name());
        g.writeStringField("title", t.title());
        g.writeStringField("status", t.status().name());
        g.writeStringField("person", t.person());
        g.writeStringField("notes", t.notes());
        writeNames(g, "covers", t.covers());
        g.writeEndObject();
    }

    private static void writePractice(JsonGenerator g, Practice p) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", p.key().name());
        g.writeBooleanField("done", p.done());
        g.writeStringField("evidence", p.evidence());
        g.writeEndObject();
    }

    private static void writeSnapshot(JsonGenerator g, Snapshot s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id().toString());
        g.writeStringField("takenAt", s.takenAt().toString());
        g.writeStringField("label", s.label());
        g.writeStringField("formula", s.formula());
        writeScore(g, "overall", s.overall());
        g.writeObjectFieldStart("areas");
        for (Area area : Area.values()) {
            writeScore(g, area.name(), s.areas().get(area));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeScore(JsonGenerator g, String key, BigDecimal score) throws IOException {
        g.writeNumberField(key, score.setScale(SCORE_SCALE, RoundingMode.HALF_UP));
    }

    private static void writeNames(JsonGenerator g, String key, List<? extends Enum<?>> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (Enum<?> value : values) {
            g.writeString(value.name());
        }
        g.writeEndArray();
    }

    private static void writeIds(JsonGenerator g, String key, List<UUID> ids) throws IOException {
        g.writeArrayFieldStart(key);
        for (UUID id : ids) {
            g.writeString(id.toString());
        }
        g.writeEndArray();
    }

    /** An id, a date or a control key as its string, or null; their toString is their canonical form. */
    private static void writeNullable(JsonGenerator g, String key, Object value) throws IOException {
        if (value == null) {
            g.writeNullField(key);
        } else {
            g.writeStringField(key, value.toString());
        }
    }
}
