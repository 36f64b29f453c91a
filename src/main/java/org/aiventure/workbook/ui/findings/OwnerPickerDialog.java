package org.aiventure.workbook.ui.findings;

import java.util.Optional;

/**
 * Asks who answers for something: an entry of the team, or a person added in place (the team page comes
 * later). An interface so the findings' view model is tested with scripted answers instead of a window.
 */
public interface OwnerPickerDialog {

    /** The chosen owner; empty when cancelled. */
    Optional<OwnerChoice> pick(OwnerRequest request);
}
