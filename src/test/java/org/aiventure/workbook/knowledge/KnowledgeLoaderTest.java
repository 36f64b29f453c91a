package org.aiventure.workbook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Broken data stops loading with a message that names the file and the key. */
class KnowledgeLoaderTest {

    @Test
    void theShippedDataLoads() {
        assertEquals(31, KnowledgeLoader.load(KnowledgeLoader.classpath()).controls().size());
    }

    @Test
    void anUnknownCategoryIsNamedWithItsPlace() {
        assertFails(KnowledgeLoader.KNOWLEDGE, "\"key\": \"DPS_AUDIT\", \"category\": \"DATA_PRIVACY_SECURITY\"",
                "\"key\": \"DPS_AUDIT\", \"category\": \"PRIVACY\"",
                "knowledge.json: controls[3].category: unknown RiskCategory \"PRIVACY\"");
    }

    @Test
    void aControlGroupOutOfTableOrderIsRefused() {
        assertFails(KnowledgeLoader.KNOWLEDGE, "[[\"SUP_PROVENANCE_LICENSE\"], [\"SUP_VERSION_PINNING\", \"SUP_SECOND_PROVIDER\"]]",
                "[[\"SUP_PROVENANCE_LICENSE\"], [\"SUP_SECOND_PROVIDER\", \"SUP_VERSION_PINNING\"]]",
                "knowledge.json: requirements[16].groups[1][1]: list SUP_VERSION_PINNING once and in the order of the control list");
    }

    @Test
    void aCreditWrittenAsANumberIsRefused() {
        assertFails(KnowledgeLoader.KNOWLEDGE, "\"credit\": \"0.75\"", "\"credit\": 0.75",
                "knowledge.json: teamStatuses[2].credit: write the credit as a decimal string such as \"0.75\"");
    }

    @Test
    void anUnknownConditionIsRefused() {
        assertFails(KnowledgeLoader.KNOWLEDGE, "{\"market\": \"EU\"}", "{\"region\": \"EU\"}",
                "knowledge.json: requirements[19].when[0]: unknown condition \"region\"; "
                        + "use always, fact, sector, sectorOtherThan, market or stageAtLeast");
    }

    @Test
    void aMissingChineseTextIsNamed() {
        assertFails(KnowledgeLoader.TEXTS_ZH_CN, "\"control.DPS_MASKING.label\": \"数据脱敏\",", "",
                "texts.zh-CN.json: control.DPS_MASKING.label: is missing");
    }

    @Test
    void aTextOnlyInOneLanguageIsNamed() {
        assertFails(KnowledgeLoader.TEXTS_EN, "\"canvas.credit\"", "\"canvas.extra\": \"Only in English.\",\n  \"canvas.credit\"",
                "texts.zh-CN.json: canvas.extra: is missing (it is in texts.en.json)");
    }

    @Test
    void aBlankTextIsRefused() {
        assertFails(KnowledgeLoader.TEXTS_EN, "\"stage.PILOT.label\": \"Pilot\"", "\"stage.PILOT.label\": \"  \"",
                "texts.en.json: stage.PILOT.label: expected a text that is not blank");
    }

    private static void assertFails(String file, String find, String replace, String message) {
        KnowledgeLoader.Source source = name -> {
            InputStream in = KnowledgeLoader.classpath().open(name);
            if (!name.equals(file)) {
                return in;
            }
            String text = read(in);
            if (!text.contains(find)) {
                throw new AssertionError(file + " does not contain " + find);
            }
            return new ByteArrayInputStream(text.replace(find, replace).getBytes(StandardCharsets.UTF_8));
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KnowledgeLoader.load(source));
        assertEquals(message, e.getMessage());
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
