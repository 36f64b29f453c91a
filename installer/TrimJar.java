import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Prepares the app's jar for one platform's installer. Run with the app's jar on the class path:
 * {@code java -cp ai-venture-workbook.jar installer/TrimJar.java IN.jar OUT_FOLDER}. It writes OUT_FOLDER/IN's name
 * without the native libraries, and puts beside it the ones this platform needs:
 * <ul>
 *   <li>JavaFX's libraries (at the jar's root): JavaFX loads them from the jar's folder first, so nothing is
 *       unpacked into the user's home folder at each start;</li>
 *   <li>sqlite-jdbc's library for this operating system and processor only (the jar holds 19 platforms' worth,
 *       about 20 MB); the launcher points {@code org.sqlite.lib.path} at it, so it is never unpacked either.</li>
 * </ul>
 * A single-file Java program, so the Linux, Windows and macOS scripts share it with nothing else installed.
 */
public final class TrimJar {

    private static final String SQLITE_NATIVE = "org/sqlite/native/";

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java -cp APP.jar installer/TrimJar.java APP.jar OUT_FOLDER");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        // sqlite-jdbc's own answer to "which folder is this platform's", e.g. Linux/x86_64 or Windows/x86_64.
        String platform = SQLITE_NATIVE + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/";
        long kept = 0;
        long extracted = 0;
        long dropped = 0;
        try (ZipFile jar = new ZipFile(in.toFile());
             ZipOutputStream trimmed = new ZipOutputStream(Files.newOutputStream(out.resolve(in.getFileName())))) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (isNativeLibrary(name) && !name.contains("/")) {
                    copy(jar, entry, out.resolve(name));
                    extracted++;
                } else if (name.startsWith(platform) && isNativeLibrary(name)) {
                    copy(jar, entry, out.resolve(name.substring(platform.length())));
                    extracted++;
                } else if (name.startsWith(SQLITE_NATIVE) && !entry.isDirectory()) {
                    dropped++;
                } else {
                    ZipEntry copy = new ZipEntry(name);
                    copy.setTime(entry.getTime());
                    trimmed.putNextEntry(copy);
                    try (InputStream data = jar.getInputStream(entry)) {
                        data.transferTo(trimmed);
                    }
                    trimmed.closeEntry();
                    kept++;
                }
            }
        }
        System.out.printf("%s: %d entries kept, %d native libraries placed beside it, %d of other platforms dropped%n",
                out.resolve(in.getFileName()), kept, extracted, dropped);
    }

    private static boolean isNativeLibrary(String name) {
        return name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".jnilib");
    }

    private static void copy(ZipFile jar, ZipEntry entry, Path target) throws IOException {
        try (InputStream data = jar.getInputStream(entry); OutputStream file = Files.newOutputStream(target)) {
            data.transferTo(file);
        }
    }
}
