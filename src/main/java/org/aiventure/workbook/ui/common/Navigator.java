package org.aiventure.workbook.ui.common;

import java.util.UUID;

/**
 * Moves the window to what a finding or a link is about: a page, or one subject on it. Pages and the
 * findings panel call it; the main window implements it.
 */
public interface Navigator {

    void show(Page page);

    /**
     * Opens a page with one of its subjects selected: a risk's id on the register, an analysis item's id on
     * the analysis page, a block key on the canvas, a role or practice key on the team page.
     */
    void show(Page page, String subject);

    /** Opens the risk register with this risk selected (and scrolled into view). */
    default void showRisk(UUID riskId) {
        show(Page.RISKS, riskId.toString());
    }
}
