package org.aiventure.workbook.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared examples score exactly as their .expected.json says: numbers with their scale, findings in order. */
class ExampleScoresTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    /** Reads decimals as written, so 16.0 stays 16.0 and a scale difference fails the comparison. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    static Project read(String resource) throws IOException {
        return Examples.project(resource);
    }

    @ParameterizedTest
    @ValueSource(strings = {"medtriage", "zhizao-zhijian"})
    void scoresAsExpected(String name) throws IOException {
        Assessment a = Assessor.assess(read("/examples/" + name + ".aivw"), KnowledgeBase.load(), AS_OF);
        JsonNode expected = JSON.readTree(Examples.text("/examples/" + name + ".expected.json"));
        JsonNode actual = tree(a);
        // field by field first, so a failure says which part differs
        for (String field : new String[] {"formula", "asOf", "overall", "grade", "areas", "risks"}) {
            assertEquals(expected.get(field).toString(), actual.get(field).toString(), field);
        }
        assertEquals(expected.get("findings").size(), actual.get("findings").size(), "number of findings");
        for (int i = 0; i < expected.get("findings").size(); i++) {
            assertEquals(expected.get("findings").get(i).toString(), actual.get("findings").get(i).toString(),
                    "finding " + i);
        }
        assertEquals(expected.toString(), actual.toString());
    }

    /** The expected files' shape (scoring.md's JSON without message and fix, which they leave out). */
    private static JsonNode tree(Assessment a) {
        ObjectNode root = JSON.createObjectNode();
        root.put("formula", a.formula());
        root.put("asOf", a.asOf().toString());
        root.put("overall", a.overall());
        root.put("grade", a.grade().name());
        ObjectNode areas = root.putObject("areas");
        a.printedAreas().forEach((area, score) -> areas.put(area.name(), score));
        ArrayNode risks = root.putArray("risks");
        for (RiskScore r : a.risks()) {
            risks.addObject().put("id", r.id().toString()).put("code", r.code()).put("inherent", r.inherent())
                    .put("residual", r.residual()).put("band", r.band().name())
                    .put("residualBand", r.residualBand().name());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : a.findings()) {
            ObjectNode node = findings.addObject().put("rule", f.rule()).put("severity", f.severity().name())
                    .put("area", f.area().name());
            node.putObject("subject").put("type", f.subject().type().name()).put("id", f.subject().id());
        }
        return root;
    }
}
