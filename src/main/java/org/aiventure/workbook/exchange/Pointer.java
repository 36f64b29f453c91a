package org.aiventure.workbook.exchange;

/**
 * A JSON Pointer built up as the reader descends and spelled out only when a problem is reported. Jackson's
 * {@code JsonPointer.appendProperty} re-parses the whole pointer on every step, which costs more than the
 * rest of reading a 10,000-risk file.
 */
final class Pointer {

    static final Pointer ROOT = new Pointer(null, null, -1);

    private final Pointer parent;
    private final String key;
    private final int index;

    private Pointer(Pointer parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    Pointer key(String name) {
        return new Pointer(this, name, -1);
    }

    Pointer index(int i) {
        return new Pointer(this, null, i);
    }

    /** The pointer as RFC 6901 writes it: {@code ""} for the whole file, {@code ~} and {@code /} escaped. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        appendTo(out);
        return out.toString();
    }

    private void appendTo(StringBuilder out) {
        if (parent == null) {
            return;
        }
        parent.appendTo(out);
        out.append('/');
        if (key == null) {
            out.append(index);
        } else {
            out.append(key.replace("~", "~0").replace("/", "~1"));
        }
    }
}
