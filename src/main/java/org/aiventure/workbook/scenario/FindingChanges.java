package org.aiventure.workbook.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiventure.workbook.domain.AnalysisItem;
import org.aiventure.workbook.domain.CanvasNote;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Finding;

/**
 * The findings that appear and go from one assessment to another, and those whose severity moved. Findings
 * are matched by rule and subject. Two projects (a co-founder's copy, another project of the workbook) may
 * give the same thing different ids, so subjects with ids are matched by what a founder knows them by: a
 * risk by its code, an analysis item by its kind and title, a canvas note by its block and text (the n-th of
 * equal ones matching the n-th). Lists keep the engine's order (scoring.md).
 */
public record FindingChanges(List<Finding> appeared, List<Finding> gone, List<SeverityChange> changed) {

    /** One finding present on both sides with a different severity. */
    public record SeverityChange(Finding before, Finding after) {
    }

    public FindingChanges {
        appeared = List.copyOf(appeared);
        gone = List.copyOf(gone);
        changed = List.copyOf(changed);
    }

    public static FindingChanges between(Project beforeProject, Assessment before, Project afterProject,
                                         Assessment after) {
        Map<String, Finding> was = keyed(beforeProject, before);
        Map<String, Finding> is = keyed(afterProject, after);
        List<Finding> appeared = new ArrayList<>();
        List<SeverityChange> changed = new ArrayList<>();
        for (Map.Entry<String, Finding> e : is.entrySet()) {
            Finding old = was.get(e.getKey());
            if (old == null) {
                appeared.add(e.getValue());
            } else if (old.severity() != e.getValue().severity()) {
                changed.add(new SeverityChange(old, e.getValue()));
            }
        }
        List<Finding> gone = was.entrySet().stream().filter(e -> !is.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new FindingChanges(appeared, gone, changed);
    }

    public boolean isEmpty() {
        return appeared.isEmpty() && gone.isEmpty() && changed.isEmpty();
    }

    private static Map<String, Finding> keyed(Project project, Assessment assessment) {
        Map<String, String> names = new HashMap<>();
        for (Risk r : project.risks()) {
            names.put(r.id().toString(), r.code());
        }
        Map<String, Integer> seen = new HashMap<>();
        for (AnalysisItem a : project.analysis()) {
            names.put(a.id().toString(), numbered(seen, a.kind() + ":" + a.title()));
        }
        for (CanvasNote n : project.canvas()) {
            names.put(n.id().toString(), numbered(seen, n.block() + ":" + n.text()));
        }
        Map<String, Finding> keyed = new LinkedHashMap<>();
        for (Finding f : assessment.findings()) {
            String subject = names.getOrDefault(f.subject().id(), f.subject().id());
            keyed.put(f.rule() + '\u0000' + f.subject().type() + '\u0000' + subject, f);
        }
        return keyed;
    }

    private static String numbered(Map<String, Integer> seen, String name) {
        int n = seen.merge(name, 1, Integer::sum);
        return n == 1 ? name : name + '\u0000' + n;
    }
}
