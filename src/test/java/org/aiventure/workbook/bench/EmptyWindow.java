package org.aiventure.workbook.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: an empty JavaFX window of the app's size, started the same way as the
 * app (from the jar's classpath). It prints the wall-clock time of its first drawn frame and exits.
 */
public final class EmptyWindow {

    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Baseline.class, args);
    }

    /** The application JavaFX instantiates. */
    public static final class Baseline extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1280, 800);
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> {
                    System.out.println("first-frame-epoch-ms=" + System.currentTimeMillis());
                    Platform.exit();
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
            stage.setScene(scene);
            stage.show();
        }
    }
}
