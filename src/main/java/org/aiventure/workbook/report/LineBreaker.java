package org.aiventure.workbook.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks printable text into lines no wider than a width: Latin text at spaces, CJK text between any two
 * characters (never before closing punctuation), a word longer than the line between its characters, and
 * every newline starts a line. No character is dropped but the spaces a line ends at.
 */
final class LineBreaker {

    private static final String NO_BREAK_BEFORE = "，。、；：？！）》」』】〉”’,.;:?!)]}%…·";

    private final FontFace face;

    LineBreaker(FontFace face) {
        this.face = face;
    }

    List<String> lines(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            breakParagraph(text, from, end, size, width * 1000f / size, lines);
            from = end + 1;
        }
        return lines;
    }

    private void breakParagraph(String text, int from, int end, float size, float maxUnits, List<String> lines) {
        int start = from;
        while (start < end) {
            float units = 0;
            int lastBreak = -1;
            int i = start;
            while (i < end) {
                if (i > start && canBreakBefore(text, i)) {
                    lastBreak = i;
                }
                units += face.units(text.charAt(i));
                if (units > maxUnits && i > start) {
                    break;
                }
                i++;
            }
            int next;
            if (i >= end) {
                next = end;
            } else {
                next = lastBreak > start ? lastBreak : i;
            }
            lines.add(stripTrailingSpaces(text, start, next));
            start = next;
            while (start < end && text.charAt(start) == ' ') {
                start++;
            }
        }
        if (from == end) {
            lines.add("");
        }
    }

    private static String stripTrailingSpaces(String text, int start, int end) {
        int e = end;
        while (e > start && text.charAt(e - 1) == ' ') {
            e--;
        }
        return text.substring(start, e);
    }

    private static boolean canBreakBefore(String text, int i) {
        char c = text.charAt(i);
        char before = text.charAt(i - 1);
        if (before == ' ') {
            return c != ' ';
        }
        if (NO_BREAK_BEFORE.indexOf(c) >= 0) {
            return false;
        }
        return isWide(c) || isWide(before);
    }

    /** CJK ideographs, kana, Hangul and full-width forms: text written without spaces between words. */
    private static boolean isWide(char c) {
        return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)
                || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef);
    }
}
