package org.aiventure.workbook.ui.common;

import java.util.function.Predicate;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** Runs an action once, as soon as an observable value meets a condition: at once if it already does. */
public final class Once {

    private Once() {
    }

    public static <T> void when(ObservableValue<T> value, Predicate<? super T> condition, Runnable action) {
        if (condition.test(value.getValue())) {
            action.run();
            return;
        }
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> obs, T old, T now) {
                if (condition.test(now)) {
                    value.removeListener(this);
                    action.run();
                }
            }
        });
    }
}
