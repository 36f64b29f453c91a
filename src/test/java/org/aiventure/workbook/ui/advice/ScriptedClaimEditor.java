package org.aiventure.workbook.ui.advice;

import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import org.aiventure.workbook.advice.ClaimAnswer;

/** A claim editor for tests: answers come from a script (null for "cancelled"), the forms shown are recorded. */
final class ScriptedClaimEditor implements ClaimEditor {

    private final Deque<Optional<ClaimAnswer>> answers = new LinkedList<>();
    final List<ClaimForm> forms = new ArrayList<>();

    ScriptedClaimEditor answer(ClaimAnswer answer) {
        answers.add(Optional.ofNullable(answer));
        return this;
    }

    @Override
    public Optional<ClaimAnswer> edit(ClaimForm form) {
        forms.add(form);
        return answers.remove();
    }
}
