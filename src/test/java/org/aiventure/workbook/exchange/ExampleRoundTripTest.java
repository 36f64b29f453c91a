package org.aiventure.workbook.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example files are canonical: reading one and writing it again must give the very same bytes. */
class ExampleRoundTripTest {

    private final ProjectFiles files = new ProjectFiles();

    @ParameterizedTest
    @ValueSource(strings = {Examples.MEDTRIAGE, Examples.ZHIZAO})
    void readingAndWritingAnExampleGivesItsBytes(String resource) throws IOException {
        byte[] original = Examples.bytes(resource);
        ProjectFile file = files.read(new ByteArrayInputStream(original), PasswordSource.NONE);

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        files.write(file.project(), file.exportedAt(), file.generator(), written);

        // the text comparison shows a readable diff; the byte comparison is the contract
        assertEquals(new String(original, StandardCharsets.UTF_8), written.toString(StandardCharsets.UTF_8));
        assertArrayEquals(original, written.toByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {Examples.MEDTRIAGE, Examples.ZHIZAO})
    void encryptingAndDecryptingAnExampleGivesItsBytes(String resource) throws IOException {
        byte[] original = Examples.bytes(resource);
        ProjectFile file = files.read(new ByteArrayInputStream(original), PasswordSource.NONE);
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        files.writeEncrypted(file.project(), file.exportedAt(), file.generator(), "密码 pass".toCharArray(), encrypted);

        ProjectFile decrypted = files.read(new ByteArrayInputStream(encrypted.toByteArray()),
                () -> "密码 pass".toCharArray());

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        files.write(decrypted.project(), decrypted.exportedAt(), decrypted.generator(), written);
        assertArrayEquals(original, written.toByteArray());
        assertEquals(file, decrypted);
    }
}
