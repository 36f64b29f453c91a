package org.aiventure.workbook.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.exchange.PasswordSource;
import org.aiventure.workbook.exchange.ProjectFiles;
import org.aiventure.workbook.session.ImportChoice;
import org.aiventure.workbook.session.PasswordPrompt;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.session.Workbook;

/** The reference files of the shared examples, read from the test classpath. */
public final class Examples {

    public static final String MEDTRIAGE = "/examples/medtriage.aivw";
    public static final String ZHIZAO = "/examples/zhizao-zhijian.aivw";

    private Examples() {
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = Objects.requireNonNull(Examples.class.getResourceAsStream(resource), resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports the example {@code resource} into {@code workbook} as File ▸ Import does, through a copy of the
     * file in {@code dir}; a project of the same id already there is replaced.
     */
    public static StoredProject importInto(Workbook workbook, Path dir, String resource) throws IOException {
        return workbook.transfers().apply(workbook.transfers().plan(copyTo(dir, resource), PasswordPrompt.NONE),
                ImportChoice.REPLACE);
    }

    /** A copy of the example {@code resource} in {@code dir}, under the example's own file name. */
    public static Path copyTo(Path dir, String resource) throws IOException {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        Files.write(file, bytes(resource));
        return file;
    }

    /** The project of an example file, read the one way the app reads files. */
    public static Project project(String resource) {
        try {
            return new ProjectFiles().read(new ByteArrayInputStream(bytes(resource)), PasswordSource.NONE).project();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }
}
