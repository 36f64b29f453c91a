package org.aiventure.workbook.ui.findings;

import java.util.ArrayList;
import java.util.List;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.Page;

/** A navigator that remembers where it was sent: a page, "risk:" and a risk's id, or a page and a subject. */
final class RecordingNavigator implements Navigator {

    final List<String> visits = new ArrayList<>();

    @Override
    public void show(Page page) {
        visits.add(page.name());
    }

    @Override
    public void show(Page page, String subject) {
        visits.add(subject.startsWith("RISK:") ? "risk:" + subject.substring(5) : page.name() + ":" + subject);
    }

    String last() {
        return visits.get(visits.size() - 1);
    }
}
