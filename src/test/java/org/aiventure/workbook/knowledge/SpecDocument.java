package org.aiventure.workbook.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A markdown document of the shared spec or seed, copied into the test resources, read by headings and tables. */
final class SpecDocument {

    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    private final String text;

    private SpecDocument(String text) {
        this.text = text;
    }

    static SpecDocument resource(String path) {
        try (InputStream in = SpecDocument.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + path);
            }
            return new SpecDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String text() {
        return text;
    }

    /** The text under a heading line that starts with {@code heading}, up to the next heading of any level. */
    SpecDocument section(String heading) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = null;
        for (String line : lines) {
            if (out == null) {
                if (line.startsWith(heading)) {
                    out = new StringBuilder();
                }
            } else if (line.startsWith("#")) {
                break;
            } else {
                out.append(line).append('\n');
            }
        }
        if (out == null) {
            throw new AssertionError("no heading " + heading);
        }
        return new SpecDocument(out.toString());
    }

    /** The body rows of the (first) table in this text, each as its trimmed cells. */
    List<List<String>> tableRows() {
        List<List<String>> rows = new ArrayList<>();
        boolean header = true;
        for (String line : text.split("\n")) {
            if (!line.startsWith("|")) {
                if (!rows.isEmpty()) {
                    break;
                }
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            if (line.matches("\\|[-| ]+\\|")) {
                continue;
            }
            String inner = line.substring(1, line.length() - 1);
            rows.add(Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList());
        }
        return rows;
    }

    /** The paragraph (lines up to a blank line) that starts with {@code start}. */
    String paragraph(String start) {
        int at = text.indexOf("\n" + start);
        if (at < 0) {
            throw new AssertionError("no paragraph starting " + start);
        }
        int end = text.indexOf("\n\n", at + 1);
        return text.substring(at + 1, end < 0 ? text.length() : end).replace('\n', ' ');
    }

    /** The text from {@code start} up to (not including) {@code end}, on one line. */
    String between(String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end, from + start.length());
        if (from < 0 || to < 0) {
            throw new AssertionError("no text between " + start + " and " + end);
        }
        return text.substring(from + start.length(), to).replace('\n', ' ');
    }

    static List<String> backticked(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static String unquote(String cell) {
        return cell.startsWith("`") && cell.endsWith("`") ? cell.substring(1, cell.length() - 1) : cell;
    }
}
