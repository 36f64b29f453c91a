package org.aiventure.workbook.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.StoredProject;
import org.aiventure.workbook.exchange.ProjectFile;
import org.aiventure.workbook.exchange.PasswordSource;
import org.aiventure.workbook.exchange.ProjectFiles;
import org.aiventure.workbook.testing.Examples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared example projects go into a real workbook file and come back equal, down to the exported bytes. */
class ExamplesInStoreTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {Examples.MEDTRIAGE, Examples.ZHIZAO})
    void anExampleComesBackEqualFieldByField(String example) throws Exception {
        byte[] original = Examples.bytes(example);
        ProjectFile file = new ProjectFiles().read(new ByteArrayInputStream(original), PasswordSource.NONE);
        Path db = dir.resolve("workbook.db");
        try (WorkbookStore store = WorkbookStore.open(db)) {
            store.create(file.project());
        }
        Project loaded;
        try (WorkbookStore reopened = WorkbookStore.open(db)) {
            StoredProject stored = reopened.load(file.project().id());
            loaded = stored.project();
            assertEquals(1, stored.revision());
        }
        assertEquals(file.project(), loaded);
        assertEquals(file.project().risks(), loaded.risks(), "risks, mitigations and their order");
        assertEquals(file.project().snapshots().stream().map(x -> x.overall().toPlainString()).toList(),
                loaded.snapshots().stream().map(x -> x.overall().toPlainString()).toList(),
                "a score keeps its written scale");
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        new ProjectFiles().write(loaded, file.exportedAt(), file.generator(), exported);
        assertArrayEquals(original, exported.toByteArray(), "import, store and export give the same bytes");
    }
}
