package org.aiventure.workbook.ui.risks;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.aiventure.workbook.scoring.Band;
import org.aiventure.workbook.ui.common.I18n;

/**
 * A score of the register (inherent or residual) as a chip in its band's colour with the band's name written
 * in it, so it reads without colour too; the tooltip says what the band means.
 */
final class ScoreCell<T> extends TableCell<RiskRow, T> {

    static final List<String> BAND_CLASSES = List.of("band-low", "band-medium", "band-high", "band-critical");

    private final Function<RiskRow, Band> band;
    private final I18n i18n;
    private final Label chip = new Label();
    private final Tooltip tooltip = new Tooltip();

    ScoreCell(Function<RiskRow, Band> band, I18n i18n) {
        this.band = band;
        this.i18n = i18n;
        chip.getStyleClass().add("band-chip");
        // A score is never cut to "1…": the chip keeps its full width and the column grows instead.
        chip.setMinWidth(Region.USE_PREF_SIZE);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
    }

    static String styleClass(Band band) {
        return BAND_CLASSES.get(band.ordinal());
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        RiskRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || item == null || row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Band b = band.apply(row);
        chip.getStyleClass().removeAll(BAND_CLASSES);
        chip.getStyleClass().add(styleClass(b));
        chip.setText(i18n.get("risks.score.chip", item.toString(), i18n.get("risks.band.short." + b.name())));
        tooltip.setText(i18n.get("risks.score.tooltip", item.toString(), i18n.get("risks.band." + b.name())));
        setGraphic(chip);
        setTooltip(tooltip);
    }
}
