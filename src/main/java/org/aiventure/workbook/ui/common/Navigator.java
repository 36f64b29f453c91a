package org.aiventure.workbook.ui.common;

import java.util.UUID;

/**
 * Moves the window to what a finding or a link is about: a page, or one subject on it. Pages and the
 * findings panel call it; the main window implements it.
 */
public interface Navigator {

    void show(Page page);

    /**
     * Opens a page with one of its subjects selected. A subject is written as the scoring engine names it,
     * {@code TYPE:id}: {@code RISK:<uuid>}, {@code ANALYSIS_ITEM:<uuid>}, {@code BLOCK:CHANNELS},
     * {@code CANVAS_ITEM:<uuid>}, {@code ROLE:ML_ENGINEERING}, {@code PRACTICE:RISK_CONTROL},
     * {@code CATEGORY:MARKET}, {@code CONTROL_GROUP:…}; a page selects what it knows and ignores the rest.
     */
    void show(Page page, String subject);

    /** Opens the risk register with this risk selected (and scrolled into view). */
    default void showRisk(UUID riskId) {
        show(Page.RISKS, "RISK:" + riskId);
    }
}
