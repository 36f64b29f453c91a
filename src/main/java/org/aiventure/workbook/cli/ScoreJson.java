package org.aiventure.workbook.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;

import java.io.UncheckedIOException;
import java.io.Writer;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.FindingText;
import org.aiventure.workbook.scoring.RiskScore;

/** {@code score --json}: exactly the shape of scoring.md, keys in its order, scores with one decimal. */
final class ScoreJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private ScoreJson() {
    }

    /**
     * A generator in the layout of the expected outputs in the shared examples (two spaces, "key": value,
     * decimals written plain), for every JSON the command line prints.
     */
    static JsonGenerator generator(StringWriter out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indenter).withArrayIndenter(indenter));
        return g;
    }

    static String write(Assessment a, KnowledgeBase kb, Language language) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("formula", a.formula());
            g.writeStringField("asOf", a.asOf().toString());
            g.writeNumberField("overall", a.overall());
            g.writeStringField("grade", a.grade().name());
            g.writeObjectFieldStart("areas");
            for (Area area : Area.values()) {
                g.writeNumberField(area.name(), a.area(area).score());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("risks");
            for (RiskScore r : a.risks()) {
                g.writeStartObject();
                g.writeStringField("id", r.id().toString());
                g.writeStringField("code", r.code());
                g.writeNumberField("inherent", r.inherent());
                g.writeNumberField("residual", r.residual());
                g.writeStringField("band", r.band().name());
                g.writeStringField("residualBand", r.residualBand().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : a.findings()) {
                finding(g, f, kb, language);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** A generator in the layout of the expected outputs in the shared examples: two spaces, "key": value. */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(indenter).withArrayIndenter(indenter));
        return g;
    }

    /** One finding as scoring.md writes it, message and fix in {@code language}. */
    static void finding(JsonGenerator g, Finding f, KnowledgeBase kb, Language language) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("area", f.area().name());
        g.writeObjectFieldStart("subject");
        g.writeStringField("type", f.subject().type().name());
        g.writeStringField("id", f.subject().id());
        g.writeEndObject();
        g.writeStringField("message", FindingText.message(f, kb, language));
        g.writeStringField("fix", FindingText.fix(f, kb, language));
        g.writeEndObject();
    }
}
