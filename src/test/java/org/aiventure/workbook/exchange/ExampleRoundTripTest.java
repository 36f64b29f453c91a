package org.aiventure.workbook.exchange;

import org.aiventure.workbook.testing.Examples;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example files are canonical: reading one and writing it again must give the very same bytes. */
class ExampleRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {Examples.MEDTRIAGE, Examples.ZHIZAO})
    void readingAndWritingAnExampleGivesItsBytes(String resource) throws IOException {
        byte[] original = Examples.bytes(resource);
        ProjectFile file = new ProjectFiles().read(new ByteArrayInputStream(original), PasswordSource.NONE);

        byte[] written = new ProjectFileWriter().toBytes(file.project(), file.exportedAt(), file.generator());

        // the text comparison shows a readable diff; the byte comparison is the contract
        assertEquals(new String(original, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8));
        assertArrayEquals(original, written);
    }
}
