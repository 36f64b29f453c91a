package org.aiventure.workbook.ui.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.StrokeLineCap;
import org.aiventure.workbook.scoring.Grade;

/**
 * A score of 0-100 as an open arc gauge with the number written in its middle and a caption (the grade,
 * "Grade C") under it. The arc takes the colour of the grade's band; the number and the grade are always
 * written, so the gauge reads without colour. It knows no texts: the caller sets the caption and the
 * accessible text in the current language. Its look is {@code score-gauge.css}.
 */
public final class ScoreGauge extends StackPane {

    private static final String CSS = "/org/aiventure/workbook/css/score-gauge.css";
    /** The arc opens at the bottom: it starts at 225° (lower left) and sweeps 270° clockwise. */
    private static final double START = 225;
    private static final double SWEEP = 270;
    private static final double RADIUS = 52;
    /** Room around the arc for its stroke (see the CSS) and its round caps. */
    private static final double FRAME_MARGIN = 8;
    private static final List<String> GRADE_CLASSES =
            List.of("grade-a", "grade-b", "grade-c", "grade-d", "grade-none");

    private final ObjectProperty<BigDecimal> value = new SimpleObjectProperty<>(this, "value");
    private final ObjectProperty<Grade> grade = new SimpleObjectProperty<>(this, "grade");
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final Arc track = arc("score-gauge-track");
    private final Arc bar = arc("score-gauge-bar");
    private final Label number = new Label();

    public ScoreGauge() {
        getStylesheets().add(ScoreGauge.class.getResource(CSS).toExternalForm());
        getStyleClass().add("score-gauge");
        setAccessibleRole(AccessibleRole.TEXT);
        track.setLength(-SWEEP);
        number.getStyleClass().add("score-gauge-number");
        Label captionLabel = new Label();
        captionLabel.getStyleClass().add("score-gauge-caption");
        captionLabel.textProperty().bind(caption);
        VBox texts = new VBox(0, number, captionLabel);
        texts.setAlignment(Pos.CENTER);
        // a group keeps the arcs on one centre; the clear circle gives it the same bounds whatever the score
        Circle frame = new Circle(0, 0, RADIUS + FRAME_MARGIN, Color.TRANSPARENT);
        getChildren().addAll(new Group(frame, track, bar), texts);
        value.addListener((obs, old, now) -> render());
        grade.addListener((obs, old, now) -> render());
        render();
    }

    /** The score, 0-100; null shows an empty gauge with a dash. */
    public ObjectProperty<BigDecimal> valueProperty() {
        return value;
    }

    /** The grade that colours the arc; null for the neutral colour. */
    public ObjectProperty<Grade> gradeProperty() {
        return grade;
    }

    /** The line under the number, e.g. "Grade C". */
    public StringProperty captionProperty() {
        return caption;
    }

    private static Arc arc(String styleClass) {
        Arc arc = new Arc(0, 0, RADIUS, RADIUS, START, 0);
        arc.setType(ArcType.OPEN);
        arc.setStrokeLineCap(StrokeLineCap.ROUND);
        arc.getStyleClass().add(styleClass);
        return arc;
    }

    private void render() {
        BigDecimal v = value.get();
        double share = v == null ? 0 : Math.max(0, Math.min(100, v.doubleValue())) / 100;
        bar.setLength(-SWEEP * share);
        // a zero-length arc still draws its round cap as a dot; hide it so 0 reads as empty
        bar.setVisible(share > 0);
        number.setText(v == null ? "–" : v.toPlainString());
        getStyleClass().removeAll(GRADE_CLASSES);
        getStyleClass().add(grade.get() == null ? "grade-none"
                : "grade-" + grade.get().name().toLowerCase(Locale.ROOT));
    }
}
