package org.aiventure.workbook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The bundled CJK font loads from a copy in the data folder, made once, and from the app when it cannot be. */
class FontsTest {

    private static final String FAMILY = "WenQuanYi Micro Hei";

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }

    @Test
    void theFirstLoadKeepsOneWholeCopyAndLaterLoadsReadIt() throws Exception {
        Path folder = dir.resolve("fonts");
        assertThat(Fonts.loadBundled(folder)).contains(FAMILY);
        List<Path> copies = files(folder);
        assertThat(copies).hasSize(1);
        Path copy = copies.get(0);
        assertThat(copy.getFileName().toString()).matches("wqy-microhei-\\d+\\.ttc");
        assertThat(Files.size(copy)).isEqualTo(
                Fonts.class.getResource("/org/aiventure/workbook/fonts/wqy-microhei.ttc").openConnection()
                        .getContentLengthLong());

        FileTime made = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(copy, made);
        assertThat(Fonts.loadBundled(folder)).contains(FAMILY);
        assertThat(files(folder)).containsExactly(copy);
        assertThat(Files.getLastModifiedTime(copy)).as("read, not written again").isEqualTo(made);
    }

    @Test
    void aCutShortCopyIsMadeAgain() throws Exception {
        Path folder = dir.resolve("fonts");
        Fonts.loadBundled(folder);
        Path copy = files(folder).get(0);
        long size = Files.size(copy);
        Files.write(copy, new byte[1000]);
        assertThat(Fonts.loadBundled(folder)).contains(FAMILY);
        assertThat(Files.size(copy)).isEqualTo(size);
    }

    @Test
    void aFolderThatCannotBeWrittenStillLoadsTheFontFromTheApp() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("occupied"), "a file where the folder would be");
        assertThat(Fonts.loadBundled(notAFolder.resolve("fonts"))).contains(FAMILY);
    }
}
