package org.aiventure.workbook.ui.findings;

import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;

/** An owner picker for tests: answers come from a script (null for "cancelled"), requests are recorded. */
final class ScriptedOwnerPicker implements OwnerPickerDialog {

    private final Deque<Optional<OwnerChoice>> answers = new LinkedList<>();
    final List<OwnerRequest> requests = new ArrayList<>();

    ScriptedOwnerPicker answer(OwnerChoice choice) {
        answers.add(Optional.ofNullable(choice));
        return this;
    }

    @Override
    public Optional<OwnerChoice> pick(OwnerRequest request) {
        requests.add(request);
        return answers.remove();
    }
}
