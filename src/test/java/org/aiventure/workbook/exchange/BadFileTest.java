package org.aiventure.workbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.aiventure.workbook.domain.DomainException;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.Test;

/** Bad input stops reading with the JSON Pointer of the problem; the example file is spoiled one way each. */
class BadFileTest {

    private static final String MEDTRIAGE = Examples.text(Examples.MEDTRIAGE);
    /** The fourth risk, /project/risks/3. */
    private static final String RISK_3 = "\"code\": \"R-004\",";

    private static AivwFormatException rejected(String text) {
        return assertThrows(AivwFormatException.class, () -> new ProjectFileReader()
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** The file with the first {@code target} after {@code anchor} replaced. */
    private static String spoil(String anchor, String target, String replacement) {
        int from = MEDTRIAGE.indexOf(anchor);
        int at = MEDTRIAGE.indexOf(target, from);
        assertTrue(from >= 0 && at >= 0, "the example no longer holds " + anchor + " ... " + target);
        return MEDTRIAGE.substring(0, at) + replacement + MEDTRIAGE.substring(at + target.length());
    }

    private static String spoilRisk3(String target, String replacement) {
        return spoil(RISK_3, target, replacement);
    }

    @Test
    void likelihoodOutOfScale() {
        AivwFormatException e = rejected(spoilRisk3("\"likelihood\": 3", "\"likelihood\": 7"));

        assertEquals("/project/risks/3/likelihood: must be an integer from 1 to 5, found 7", e.getMessage());
        assertEquals("/project/risks/3/likelihood", e.pointer());
    }

    @Test
    void integerWrittenAsDecimalOrString() {
        assertEquals("/project/risks/3/likelihood: must be an integer from 1 to 5, found 3.0",
                rejected(spoilRisk3("\"likelihood\": 3", "\"likelihood\": 3.0")).getMessage());
        assertEquals("/project/risks/3/likelihood: must be an integer from 1 to 5, found \"3\"",
                rejected(spoilRisk3("\"likelihood\": 3", "\"likelihood\": \"3\"")).getMessage());
    }

    @Test
    void unknownKey() {
        AivwFormatException e = rejected(spoilRisk3(RISK_3, RISK_3 + "\n        \"colour\": \"RED\","));

        assertEquals("/project/risks/3/colour", e.pointer());
        assertTrue(e.getMessage().startsWith("/project/risks/3/colour: unknown key"), e.getMessage());
    }

    @Test
    void unknownKeyIsEscapedInThePointer() {
        AivwFormatException e = rejected(spoilRisk3(RISK_3, RISK_3 + "\n        \"a/b~c\": 1,"));

        assertEquals("/project/risks/3/a~1b~0c", e.pointer());
    }

    @Test
    void unknownKeyInTheEnvelope() {
        AivwFormatException e = rejected(spoil("\"generator\"", "\"project\"", "\"comment\": \"hi\",\n  \"project\""));

        assertEquals("/comment", e.pointer());
    }

    @Test
    void duplicateKey() {
        AivwFormatException e = rejected(spoilRisk3(RISK_3, RISK_3 + "\n        \"code\": \"R-099\","));

        assertEquals("/project/risks/3/code: this key is given twice in one object", e.getMessage());
    }

    @Test
    void foreignFormat() {
        AivwFormatException e = rejected(spoil("\"format\"", "ai-venture-workbook", "some-other-tool"));

        assertEquals("/format: not an AI Venture Workbook project file", e.getMessage());
    }

    @Test
    void notAnObjectAtAll() {
        assertEquals("not an AI Venture Workbook project file", rejected("[1, 2, 3]").getMessage());
    }

    @Test
    void newerFormatVersion() {
        AivwFormatException e = rejected(spoil("\"formatVersion\"", "1", "2"));

        assertEquals("/formatVersion: made by a newer version of AI Venture Workbook (format 2); "
                + "this version reads format 1", e.getMessage());
    }

    @Test
    void formatVersionNotAnInteger() {
        assertEquals("/formatVersion: must be the integer 1, found \"1\"",
                rejected(spoil("\"formatVersion\"", "1", "\"1\"")).getMessage());
    }

    @Test
    void missingKey() {
        AivwFormatException e = rejected(spoil("\"summary\"", "\"summary\"", "\"synopsis\""));

        assertEquals("/project/summary: is missing", e.getMessage());
    }

    @Test
    void wrongEnumValue() {
        AivwFormatException e = rejected(spoilRisk3("\"ACCEPT\"", "\"IGNORE\""));

        assertEquals("/project/risks/3/treatment", e.pointer());
        assertTrue(e.problem().contains("one of MITIGATE, ACCEPT, AVOID, TRANSFER"), e.problem());
    }

    @Test
    void impossibleDate() {
        assertEquals("/project/risks/3/acceptance/expires: must be a real calendar date YYYY-MM-DD, found "
                + "\"2026-02-30\"", rejected(spoilRisk3("2026-09-30", "2026-02-30")).getMessage());
    }

    @Test
    void upperCaseUuid() {
        AivwFormatException e = rejected(spoilRisk3("\"ownerId\": \"00000000-0000-4000-8000-000000000102\"",
                "\"ownerId\": \"00000000-0000-4000-8000-00000000010A\""));

        assertEquals("/project/risks/3/ownerId", e.pointer());
    }

    @Test
    void domainRuleReportedAtTheObjectBuilt() {
        AivwFormatException e = rejected(spoilRisk3("\"title\": \"Foundation-model vendor changes terms or pricing\"",
                "\"title\": \"\""));

        assertEquals("/project/risks/3", e.pointer());
        assertInstanceOf(DomainException.class, e.getCause());
        assertTrue(e.problem().contains("risk title"), e.problem());
    }

    @Test
    void categoryOfTheWrongKind() {
        AivwFormatException e = rejected(spoil("\"kind\": \"OPPORTUNITY\"", "MARKET_POTENTIAL", "MARKET"));

        assertEquals("/project/analysis/0", e.pointer());
    }

    @Test
    void referenceOutsideTheFile() {
        AivwFormatException e = rejected(spoilRisk3("00000000-0000-4000-8000-000000000102",
                "00000000-0000-4000-8000-000000000999"));

        assertEquals("/project", e.pointer());
    }

    @Test
    void scoreAboveHundred() {
        assertEquals("/project/snapshots/0/overall: must be a number from 0 to 100, found 100.5",
                rejected(spoil("\"overall\"", "48.0", "100.5")).getMessage());
    }

    @Test
    void profileFactMissing() {
        AivwFormatException e = rejected(spoil("\"profile\"", "      \"publicFacing\": false\n", "")
                .replace("\"highStakesDecisions\": true,", "\"highStakesDecisions\": true"));

        assertEquals("/project/profile/publicFacing: is missing", e.getMessage());
    }

    @Test
    void malformedJson() {
        AivwFormatException e = rejected(MEDTRIAGE.substring(0, MEDTRIAGE.indexOf(RISK_3)));

        assertTrue(e.problem().startsWith("not well-formed JSON at line"), e.problem());
    }

    @Test
    void contentAfterTheProject() {
        AivwFormatException e = rejected(MEDTRIAGE + "{}\n");

        assertTrue(e.problem().startsWith("not well-formed JSON at line"), e.problem());
    }

    @Test
    void emptyFile() {
        assertEquals("the file is empty", rejected("").getMessage());
    }
}
