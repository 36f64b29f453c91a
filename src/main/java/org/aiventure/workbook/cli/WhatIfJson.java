package org.aiventure.workbook.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scenario.FindingChanges;
import org.aiventure.workbook.scenario.Scenario;
import org.aiventure.workbook.scenario.ScenarioOutcome;
import org.aiventure.workbook.scenario.SetChange;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Finding;

/**
 * {@code whatif --json}: the scenario, the scores before and after (as {@code score --json} writes them), what
 * it adds and removes (knowledge.md's keys; control groups by scoring.md's subject id) and the findings that
 * appear, go or change severity (as {@code score --json} writes findings).
 */
final class WhatIfJson {

    private WhatIfJson() {
    }

    static String write(ScenarioOutcome o, KnowledgeBase kb, Language language) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ScoreJson.generator(out)) {
            g.writeStartObject();
            g.writeStringField("formula", o.after().formula());
            g.writeStringField("asOf", o.after().asOf().toString());
            scenario(g, o.scenario());
            scores(g, "before", o.before());
            scores(g, "after", o.after());
            change(g, "requirements", o.requirements(), Function.identity());
            change(g, "categories", o.categories(), Enum::name);
            change(g, "controlGroups", o.controlGroups(), Function.identity());
            change(g, "roles", o.roles(), Enum::name);
            FindingChanges f = o.findings();
            g.writeObjectFieldStart("findings");
            g.writeArrayFieldStart("appeared");
            for (Finding x : f.appeared()) {
                ScoreJson.finding(g, x, kb, language);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("gone");
            for (Finding x : f.gone()) {
                ScoreJson.finding(g, x, kb, language);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("severityChanged");
            for (FindingChanges.SeverityChange c : f.changed()) {
                g.writeStartObject();
                g.writeStringField("before", c.before().severity().name());
                g.writeFieldName("finding");
                ScoreJson.finding(g, c.after(), kb, language);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static void scenario(JsonGenerator g, Scenario s) throws IOException {
        g.writeObjectFieldStart("scenario");
        g.writeStringField("name", s.name());
        g.writeStringField("stage", s.stage().name());
        g.writeArrayFieldStart("sectors");
        for (Sector x : s.sectors()) {
            g.writeString(x.name());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("markets");
        for (Market x : s.markets()) {
            g.writeString(x.name());
        }
        g.writeEndArray();
        g.writeObjectFieldStart("profile");
        for (ProfileFact fact : ProfileFact.values()) {
            g.writeBooleanField(fact.key(), s.profile().has(fact));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void scores(JsonGenerator g, String field, Assessment a) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("overall", a.overall());
        g.writeStringField("grade", a.grade().name());
        g.writeObjectFieldStart("areas");
        for (Area area : Area.values()) {
            g.writeNumberField(area.name(), a.area(area).score());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static <T> void change(JsonGenerator g, String field, SetChange<T> change, Function<T, String> key)
            throws IOException {
        g.writeObjectFieldStart(field);
        g.writeArrayFieldStart("added");
        for (T x : change.added()) {
            g.writeString(key.apply(x));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("removed");
        for (T x : change.removed()) {
            g.writeString(key.apply(x));
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
