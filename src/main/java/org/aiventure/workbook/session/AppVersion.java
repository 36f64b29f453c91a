package org.aiventure.workbook.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The app's version, the pom's (filtered into a resource), for --version, About and file generators. */
public final class AppVersion {

    private static final String VERSION = read();

    private AppVersion() {
    }

    /** The numeric version, e.g. {@code 0.1.0}. */
    public static String get() {
        return VERSION;
    }

    /** The app's name and version, as written in a file's {@code generator}. */
    public static String nameAndVersion() {
        return "AI Venture Workbook " + VERSION;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
