package org.aiventure.workbook.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.TeamEntry;

/**
 * How one register differs from another, risks matched by code: those only the other project has, those only
 * this one has, and those in both that differ, with the fields that differ (file-format.md's names). Ids are
 * not compared: two projects give the same risk different ids. The owner is compared by who it is (role,
 * title and person of the team entry), and mitigations by what they say (control, title, state,
 * effectiveness), for the same reason.
 */
public record RiskChanges(List<Risk> added, List<Risk> removed, List<Changed> changed) {

    /** One risk code in both registers whose content differs. */
    public record Changed(Risk before, Risk after, List<String> fields) {
        public Changed {
            fields = List.copyOf(fields);
        }

        public String code() {
            return after.code();
        }
    }

    public RiskChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static RiskChanges between(Project before, Project after) {
        Map<String, Risk> was = new LinkedHashMap<>();
        before.risks().forEach(r -> was.put(r.code(), r));
        List<Risk> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        for (Risk r : after.risks()) {
            Risk old = was.remove(r.code());
            if (old == null) {
                added.add(r);
                continue;
            }
            List<String> fields = differingFields(old, before, r, after);
            if (!fields.isEmpty()) {
                changed.add(new Changed(old, r, fields));
            }
        }
        return new RiskChanges(added, new ArrayList<>(was.values()), changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static List<String> differingFields(Risk a, Project pa, Risk b, Project pb) {
        List<String> fields = new ArrayList<>();
        compare(fields, "title", a, b, Risk::title);
        compare(fields, "description", a, b, Risk::description);
        compare(fields, "category", a, b, Risk::category);
        compare(fields, "likelihood", a, b, Risk::likelihood);
        compare(fields, "impact", a, b, Risk::impact);
        compare(fields, "treatment", a, b, Risk::treatment);
        compare(fields, "status", a, b, Risk::status);
        if (!Objects.equals(owner(pa, a.ownerId()), owner(pb, b.ownerId()))) {
            fields.add("owner");
        }
        compare(fields, "reviewBy", a, b, Risk::reviewBy);
        compare(fields, "acceptance", a, b, Risk::acceptance);
        compare(fields, "mitigations", a, b, r -> r.mitigations().stream().map(RiskChanges::content).toList());
        return fields;
    }

    private static <V> void compare(List<String> fields, String name, Risk a, Risk b, Function<Risk, V> value) {
        if (!Objects.equals(value.apply(a), value.apply(b))) {
            fields.add(name);
        }
    }

    private record Who(Object role, String title, String person) {
    }

    private static Who owner(Project project, UUID ownerId) {
        if (ownerId == null) {
            return null;
        }
        for (TeamEntry t : project.team()) {
            if (t.id().equals(ownerId)) {
                return new Who(t.role(), t.title(), t.person());
            }
        }
        return null;
    }

    private static List<Object> content(Mitigation m) {
        return List.of(String.valueOf(m.controlId()), m.title(), m.state(), m.effectiveness());
    }
}
