package org.aiventure.workbook.ui.common;

import java.util.function.Supplier;

/**
 * A part of the window built the first time it is needed, then kept: what the first window does not show (the
 * findings panel, the welcome) is then not built and styled before it is drawn.
 * For the FX thread only.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> build;
    private T built;

    private Lazy(Supplier<? extends T> build) {
        this.build = build;
    }

    public static <T> Lazy<T> of(Supplier<? extends T> build) {
        return new Lazy<>(build);
    }

    /** The part, built now if this is the first call. */
    @Override
    public T get() {
        if (built == null) {
            built = build.get();
        }
        return built;
    }
}
