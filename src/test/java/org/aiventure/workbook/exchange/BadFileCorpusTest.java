package org.aiventure.workbook.exchange;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The files of src/test/resources/bad-files (made by make-bad-files.py from base.aivw), each refused with the
 * pointer and sentence it deserves. A file's own single violation is asserted exactly; base.aivw itself is valid,
 * so each refusal comes from the one change made to it.
 */
class BadFileCorpusTest {

    static AivwFormatException refused(String name) {
        return assertThrows(AivwFormatException.class, () -> read(name));
    }

    private static ProjectFile read(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(BadFileCorpusTest.class.getResourceAsStream("/bad-files/" + name),
                name)) {
            return new ProjectFiles().read(in, PasswordSource.NONE);
        }
    }

    @Test
    void theBaseFileIsValid() {
        ProjectFile file = assertDoesNotThrow(() -> read("base.aivw"));
        assertEquals("Tiny", file.project().name());
        assertEquals(2, file.project().risks().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty.aivw                  | ''                                  | the file is empty
            truncated.aivw              | /project/risks/0/acceptance         | not well-formed JSON at line 59, column 9
            binary.aivw                 | ''                                  | not UTF-8 text: the bytes at offset 0
            utf16le-bom.aivw            | ''                                  | UTF-16 or UTF-32
            utf16be.aivw                | ''                                  | UTF-16 or UTF-32
            utf8-bom.aivw               | ''                                  | starts with a byte order mark
            invalid-utf8.aivw           | ''                                  | the bytes at offset 213 are no UTF-8
            not-aivw.aivw               | ''                                  | not an AI Venture Workbook project file
            array-root.aivw             | ''                                  | not an AI Venture Workbook project file
            newer-version.aivw          | /formatVersion                      | made by a newer version of AI Venture Workbook (format 2); this version reads format 1
            trailing-content.aivw       | ''                                  | more content after the end of the JSON document
            out-of-range.aivw           | /project/risks/1/likelihood         | must be an integer from 1 to 5, found 7
            effectiveness-too-high.aivw | /project/risks/0/mitigations/0/effectiveness | must be an integer from 0 to 90, found 95
            score-above-100.aivw        | /project/snapshots/0/overall        | must be a number from 0 to 100, found 100.5
            unknown-key.aivw            | /project/risks/0/colour             | unknown key
            missing-key.aivw            | /project/summary                    | is missing
            duplicate-key.aivw          | /project/risks/1/code               | this key is given twice in one object
            impossible-date.aivw        | /project/risks/0/reviewBy           | must be a real calendar date YYYY-MM-DD, found "2027-02-30"
            bad-instant.aivw            | /project/createdAt                  | must be a real UTC time
            midnight-24.aivw            | /project/updatedAt                  | found "2026-03-02T24:00:00Z"
            instant-with-offset.aivw    | /exportedAt                         | found "2026-11-28T12:00:00+01:00"
            upper-case-uuid.aivw        | /project/analysis/0/id              | must be a UUID in lower-case canonical form
            dangling-link.aivw          | /project/analysis/0/linkedRiskIds/0 | refers to the risk 00000000-0000-4000-8000-000000000999, which is not in this file
            dangling-owner.aivw         | /project/risks/0/ownerId            | refers to the team entry 00000000-0000-4000-8000-000000000052
            duplicate-id.aivw           | /project/canvas/1/id                | is already used at /project/risks/0/id
            duplicate-code.aivw         | /project/risks/1/code               | the risk code R-001 is already used at /project/risks/0/code
            duplicate-position.aivw     | /project/canvas/1/position          | the VALUE_PROPOSITIONS block already has a note at position 0, at /project/canvas/0/position
            duplicate-practice.aivw     | /project/practices/1/key            | repeats MARKET_RESEARCH, already at /project/practices/0/key
            duplicate-sector.aivw       | /project/sectors/1                  | repeats HEALTHCARE, already at /project/sectors/0
            category-of-wrong-kind.aivw | /project/analysis/0/category        | an item of kind OPPORTUNITY must have one of MARKET_POTENTIAL
            blank-name.aivw             | /project/name                       | must contain something other than spaces
            unknown-control.aivw        | /project/risks/0/mitigations/0/controlId | found "DPS_MAGIC"
            risk-code-pattern.aivw      | /project/risks/1/code               | must be R- and three or more digits, such as R-007, found "R-12"
            lone-surrogate.aivw         | /project/risks/0/title              | half of a surrogate pair
            summary-too-long.aivw       | /project/summary                    | may be at most 20000 characters long, found 20001
            huge-string.aivw            | /project/summary                    | a text longer than any the format allows (at most 20000 characters)
            """)
    void eachBadFileIsRefusedWhereItIsBad(String name, String pointer, String sentence) {
        AivwFormatException e = refused(name);

        assertEquals(1, e.total(), () -> e.getMessage());
        Violation v = e.violations().get(0);
        assertEquals(pointer, v.pointer(), () -> e.getMessage());
        assertTrue(v.toString().contains(sentence), () -> v.toString());
        assertEquals(v.toString(), e.getMessage(), "one violation is the whole message");
    }

    @Test
    void aFileWithManyErrorsListsThemAll() {
        AivwFormatException e = refused("wrong-types.aivw");

        assertEquals(List.of(
                "/project/sectors: must be an array, found \"HEALTHCARE\"",
                "/project/profile/publicFacing: must be true or false, found \"no\"",
                "/project/riskAppetite: must be an integer from 1 to 25, found \"8\"",
                "/project/analysis/0/impact: must be an integer from 1 to 5, found 4.0",
                "/project/practices/0/done: must be true or false, found null"),
                e.violations().stream().map(Violation::toString).toList());
        assertEquals(5, e.total());
        assertTrue(e.getMessage().startsWith("The file has 5 problems:\n/project/sectors: "), e.getMessage());
    }
}
