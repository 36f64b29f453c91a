package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Area;
import org.aiventure.workbook.domain.PracticeKey;

/** A founder practice of the guide (seed §7) not done yet; a practice missing from the file counts as not done. */
final class PracticeNotDoneRule implements Rule {

    @Override
    public String code() {
        return "PRACTICE_NOT_DONE";
    }

    @Override
    public Area area() {
        return Area.TEAM;
    }

    @Override
    public void check(ProjectFacts f, List<Finding> out) {
        for (PracticeKey p : PracticeKey.values()) {
            if (!f.practicesDone.contains(p)) {
                out.add(finding(Severity.LOW, SubjectType.PRACTICE, p.name(),
                        Message.of(key("message"), Arg.label(p)), Message.of(key("fix"), Arg.label(p))));
            }
        }
    }
}
