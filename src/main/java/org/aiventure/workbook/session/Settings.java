package org.aiventure.workbook.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the app remembers between runs (window size, theme, language, recent workbooks, the last project of
 * each): a small properties file in the app's data folder, written atomically. A damaged file is ignored
 * (the defaults apply) rather than stopping the app.
 */
public final class Settings {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    private static final int RECENT = 8;

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** The settings in {@code file}; empty (all defaults) if it does not exist or cannot be read. */
    public static Settings load(Path file) {
        Settings settings = new Settings(file);
        try (InputStream in = Files.newInputStream(file)) {
            settings.values.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            LOG.debug("No settings yet at {}", file);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable settings {}", file, e);
        }
        return settings;
    }

    /** Where the settings of this user live: beside the default workbook in the platform's data folder. */
    public static Path defaultFile() {
        return Workbook.location(null).toAbsolutePath().getParent().resolve("settings.properties");
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public double number(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void put(String key, String value) {
        values.setProperty(key, value);
    }

    /** The workbooks opened lately, most recent first. */
    public List<Path> recentWorkbooks() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            get("recent." + i).map(Path::of).ifPresent(recent::add);
        }
        return recent;
    }

    /** Puts a workbook first in the recent list. */
    public void opened(Path workbook) {
        List<Path> recent = recentWorkbooks();
        Path absolute = workbook.toAbsolutePath();
        recent.remove(absolute);
        recent.add(0, absolute);
        for (int i = 0; i < RECENT; i++) {
            if (i < recent.size()) {
                put("recent." + i, recent.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
    }

    /** The project last open in a workbook, to open it again. */
    public Optional<UUID> lastProject(Path workbook) {
        try {
            return get("lastProject." + workbook.toAbsolutePath()).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void lastProject(Path workbook, UUID project) {
        String key = "lastProject." + workbook.toAbsolutePath();
        if (project == null) {
            values.remove(key);
        } else {
            put(key, project.toString());
        }
    }

    /** Writes the settings; a failure is logged, never fatal (the app works without them). */
    public void save() {
        try {
            AtomicFiles.write(file, out -> {
                var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                values.store(writer, "AI Venture Workbook settings");
                writer.flush();
            });
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}", file, e);
        }
    }
}
