package org.aiventure.workbook.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import org.aiventure.workbook.session.PasswordPrompt;

/**
 * The password of an {@code .aivw} file being read in the background: asked on the FX thread, and only if the
 * file turns out to be encrypted. Import and Compare read files the same way.
 */
public final class FilePasswords {

    private FilePasswords() {
    }

    public static PasswordPrompt askingFor(Path file, TaskExecutor tasks, DialogService dialogs, I18n i18n) {
        return () -> {
            try {
                return tasks.askOnUiThread(() -> dialogs.askPassword(i18n.get("transfer.password.title"),
                        i18n.get("transfer.password.prompt", file.getFileName()), false).orElse(null));
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        };
    }
}
