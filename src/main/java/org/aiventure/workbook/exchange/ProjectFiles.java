package org.aiventure.workbook.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.aiventure.workbook.domain.Project;

/**
 * Project files in and out: the one way the rest of the app reads and writes {@code .aivw} files, plain or
 * encrypted. Reading tells the two apart by their {@code format} and checks the whole file before it builds
 * anything; a bad file fails with an {@link AivwFormatException} listing what is wrong.
 */
public final class ProjectFiles {

    private final AivwEncryption encryption;

    public ProjectFiles() {
        this(new AivwEncryption());
    }

    ProjectFiles(AivwEncryption encryption) {
        this.encryption = encryption;
    }

    /** Reads a file, refusing one over the size limit before reading any of it. */
    public ProjectFile read(Path file, PasswordSource passwords) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Files.size(file), passwords);
        }
    }

    /** Reads a stream to its end (or to just past the size limit) and leaves it open. */
    public ProjectFile read(InputStream in, PasswordSource passwords) throws IOException {
        return read(in, -1, passwords);
    }

    /** {@code knownLength} is the stream's length where the caller knows it, else -1. */
    ProjectFile read(InputStream in, long knownLength, PasswordSource passwords) throws IOException {
        byte[] bytes = FileBytes.read(in, knownLength);
        String format = BoundedJsonParser.ENVELOPE.format(bytes);
        if (AivwFormat.ENCRYPTED_NAME.equals(format)) {
            byte[] plain = encryption.decrypt(bytes, passwords);
            FileBytes.checkText(plain);
            return readPlain(plain, BoundedJsonParser.ENVELOPE.format(plain));
        }
        return readPlain(bytes, format);
    }

    /** A plain file, or "not an AI Venture Workbook file" before any other complaint about a foreign file. */
    private static ProjectFile readPlain(byte[] bytes, String format) throws AivwFormatException {
        if (!AivwFormat.NAME.equals(format)) {
            throw AivwFormatException.ofFile(AivwMessages.NOT_AIVW);
        }
        return ProjectFileReader.read(bytes);
    }

    /** Writes the canonical plain file of a project to {@code out}, which is flushed and left open. */
    public void write(Project project, Instant exportedAt, String generator, OutputStream out) throws IOException {
        new ProjectFileWriter().write(project, exportedAt, generator, out);
    }

    /**
     * Writes the project encrypted with {@code password} (non-empty) to {@code out}, which is flushed and left
     * open. The caller's array is not changed: the caller may still need it, and wipes it after.
     */
    public void writeEncrypted(Project project, Instant exportedAt, String generator, char[] password,
                               OutputStream out) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        write(project, exportedAt, generator, plain);
        out.write(encryption.encrypt(plain.toByteArray(), password));
        out.flush();
    }
}
