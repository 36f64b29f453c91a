package org.aiventure.workbook.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.aiventure.workbook.advice.Action;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Severity;

/**
 * {@code advise --json}: the readiness the actions start from and the shown actions, best first. Scores keep
 * one decimal and the layout of {@code score --json}; {@code total} counts every action, shown or not.
 */
final class AdviseJson {

    private AdviseJson() {
    }

    static String write(Assessment a, int total, List<Action> shown, KnowledgeBase kb, Language language) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ScoreJson.generator(out)) {
            g.writeStartObject();
            g.writeStringField("formula", a.formula());
            g.writeStringField("asOf", a.asOf().toString());
            g.writeNumberField("overall", a.overall());
            g.writeStringField("grade", a.grade().name());
            g.writeNumberField("total", total);
            g.writeArrayFieldStart("actions");
            for (int i = 0; i < shown.size(); i++) {
                Action action = shown.get(i);
                g.writeStartObject();
                g.writeNumberField("rank", i + 1);
                g.writeStringField("kind", action.kind().name());
                g.writeObjectFieldStart("subject");
                g.writeStringField("type", action.subject().type().name());
                g.writeStringField("id", action.subject().id());
                g.writeEndObject();
                g.writeStringField("detail", action.detail());
                g.writeNumberField("gain", action.gain());
                g.writeNumberField("after", action.after());
                g.writeArrayFieldStart("clears");
                for (Severity s : action.clears()) {
                    g.writeString(s.name());
                }
                g.writeEndArray();
                g.writeStringField("confirmation", action.kind().confirmation().name());
                g.writeStringField("description", action.describe(kb, language));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
