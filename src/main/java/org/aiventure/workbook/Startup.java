package org.aiventure.workbook;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.session.Settings;
import org.aiventure.workbook.session.Workbook;

/**
 * What the app loads while its first window is already on screen: the knowledge base, then the workbook
 * database. Started by {@link Launcher} before the JavaFX toolkit, so the loading overlaps the toolkit's own
 * start-up instead of delaying the first frame.
 */
public final class Startup {

    private final Path database;
    private final Settings settings;
    private final CompletableFuture<KnowledgeBase> knowledge;

    private Startup(Path database, Settings settings) {
        this.database = database;
        this.settings = settings;
        this.knowledge = CompletableFuture.supplyAsync(KnowledgeBase::load, Startup::daemon);
    }

    /**
     * Starts loading in the background and returns at once. The settings (a small file: the window's size,
     * theme and language) are read here, on the launcher's thread, because the first window needs them.
     */
    public static Startup begin(Path database) {
        return new Startup(database, Settings.load(Settings.defaultFile()));
    }

    public Settings settings() {
        return settings;
    }

    public Path database() {
        return database;
    }

    public CompletableFuture<KnowledgeBase> knowledge() {
        return knowledge;
    }

    /** Opens the workbook at {@code file} once the knowledge base is loaded; completes off the FX thread. */
    public CompletableFuture<Workbook> openWorkbook(Path file) {
        return knowledge.thenApplyAsync(kb -> Workbook.open(file, kb), Startup::daemon);
    }

    private static void daemon(Runnable work) {
        Thread t = new Thread(work, "startup-loader");
        t.setDaemon(true);
        t.start();
    }
}
