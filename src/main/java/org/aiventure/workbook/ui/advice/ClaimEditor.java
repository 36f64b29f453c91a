package org.aiventure.workbook.ui.advice;

import java.util.Optional;
import org.aiventure.workbook.advice.ClaimAnswer;

/**
 * Shows a claim of work done (or words only the founder can write) pre-filled and takes the founder's answer.
 * An interface so the advice view model is tested with scripted answers instead of a window.
 */
public interface ClaimEditor {

    /** The founder's answer; empty when cancelled. The running app's editor confirms only a complete answer. */
    Optional<ClaimAnswer> edit(ClaimForm form);
}
