package org.aiventure.workbook.ui.common;

import java.util.UUID;

/**
 * Moves the window to what a finding or a link is about: a page, or a risk selected in the register. Pages
 * and the findings panel call it; the main window implements it.
 */
public interface Navigator {

    void show(Page page);

    /** Opens the risk register with this risk selected (and scrolled into view). */
    void showRisk(UUID riskId);
}
