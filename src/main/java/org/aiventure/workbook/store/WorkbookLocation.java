package org.aiventure.workbook.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workbook database lives when nobody says otherwise. A pure function of its inputs so that every
 * platform's answer is tested on any platform; {@link #current(String)} feeds it this process's values.
 */
public final class WorkbookLocation {

    /** The environment variable that names a database file, below {@code --db} and above the default. */
    public static final String ENV = "AIVW_DB";
    static final String FILE_NAME = "workbook.db";

    private WorkbookLocation() {
    }

    /**
     * The database path: {@code dbArg} (the value of {@code --db}) if given, else {@code AIVW_DB}, else the
     * platform's data folder. Blank values count as not given, so an empty variable does not mean "here".
     */
    public static Path resolve(String dbArg, Map<String, String> env, String osName, Path home) {
        if (given(dbArg)) {
            return Path.of(dbArg);
        }
        if (given(env.get(ENV))) {
            return Path.of(env.get(ENV));
        }
        return dataFolder(env, osName, home).resolve(FILE_NAME);
    }

    /** The app's folder in the platform's data folder, where the default workbook lives. */
    public static Path dataFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = given(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("AI Venture Workbook");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("AI Venture Workbook");
        }
        // XDG Base Directory spec: a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        Path base = given(xdg) && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("ai-venture-workbook");
    }

    /** The database path for this process: its environment, operating system and home folder. */
    public static Path current(String dbArg) {
        return resolve(dbArg, System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }

    /** The app's data folder for this process. */
    public static Path currentDataFolder() {
        return dataFolder(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
