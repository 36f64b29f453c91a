package org.aiventure.workbook.ui.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aiventure.workbook.ui.common.Navigator;
import org.aiventure.workbook.ui.common.Page;

/** A navigator that remembers where it was sent: a page, or "risk:" and the risk's id. */
final class RecordingNavigator implements Navigator {

    final List<String> visits = new ArrayList<>();

    @Override
    public void show(Page page) {
        visits.add(page.name());
    }

    @Override
    public void showRisk(UUID riskId) {
        visits.add("risk:" + riskId);
    }

    String last() {
        return visits.get(visits.size() - 1);
    }
}
