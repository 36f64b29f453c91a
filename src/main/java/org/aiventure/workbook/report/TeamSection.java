package org.aiventure.workbook.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.aiventure.workbook.domain.Practice;
import org.aiventure.workbook.domain.PracticeKey;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.scoring.Finding;

/**
 * The team: the roles the profile requires (and any other role the team has) with their entries, the coverage
 * grid (categories down, people across, a row in red where the engine found a serious category nobody in
 * place owns), and the founder practices.
 */
final class TeamSection implements BriefingSection {

    /** People per coverage table; more go into another table below, so columns stay readable. */
    private static final int PEOPLE_PER_GRID = 8;
    private static final String UNOWNED_RULE = "CATEGORY_WITHOUT_OWNER";

    @Override
    public void write(Briefing b) {
        PageFlow flow = b.flow();
        b.start("team", false);
        roles(b);
        flow.gap(10);
        flow.heading(b.text("team.coverage"));
        coverage(b);
        flow.gap(10);
        flow.heading(b.text("team.practices"));
        practices(b);
    }

    private static void roles(Briefing b) {
        PageFlow flow = b.flow();
        flow.heading(b.text("team.roles"));
        List<Role> required = b.knowledge().requiredRoles(b.project());
        Set<Role> shown = new LinkedHashSet<>(required);
        b.project().team().forEach(t -> shown.add(t.role()));
        if (shown.isEmpty()) {
            flow.paragraph(b.text("team.empty"), TextStyle.BODY);
            return;
        }
        TableWriter table = flow.table(List.of(Column.left(b.text("column.role"), 1.6f),
                Column.left(b.text("column.why"), 3.4f), Column.left(b.text("column.covers"), 2f),
                Column.left(b.text("column.entries"), 3f)));
        for (Role role : shown) {
            boolean isRequired = required.contains(role);
            String why = isRequired ? b.knowledge().explanation(b.language(), role) : b.text("team.notRequired");
            List<RiskCategory> covers = role == Role.CUSTOM ? List.of() : b.knowledge().role(role).covers();
            List<Para> entries = new ArrayList<>();
            for (TeamEntry t : b.project().team()) {
                if (t.role() == role) {
                    entries.add(new Para(b.text("team.entry", t.title(),
                            t.person().isBlank() ? b.text("team.noPerson") : t.person(), b.label(t.status())),
                            TextStyle.TABLE));
                }
            }
            if (entries.isEmpty()) {
                entries.add(new Para(b.text("team.noEntry"), TextStyle.TABLE_MUTED));
            }
            table.row(List.of(Cell.of(new Para(b.label(role), TextStyle.TABLE_BOLD),
                            new Para(b.text(isRequired ? "team.required" : "team.optional"), TextStyle.TABLE_MUTED)),
                    Cell.of(why), Cell.of(b.labels(covers)), new Cell(entries, null)));
        }
    }

    private static void coverage(Briefing b) {
        PageFlow flow = b.flow();
        List<TeamEntry> people = b.project().team();
        if (people.isEmpty()) {
            flow.paragraph(b.text("team.empty"), TextStyle.BODY);
            return;
        }
        Set<RiskCategory> unowned = EnumSet.noneOf(RiskCategory.class);
        for (Finding f : b.assessment().findings()) {
            if (f.rule().equals(UNOWNED_RULE)) {
                unowned.add(RiskCategory.valueOf(f.subject().id()));
            }
        }
        flow.paragraph(b.text("team.coverage.legend"), TextStyle.MUTED);
        flow.gap(4);
        for (int from = 0; from < people.size(); from += PEOPLE_PER_GRID) {
            List<TeamEntry> group = people.subList(from, Math.min(people.size(), from + PEOPLE_PER_GRID));
            List<Column> columns = new ArrayList<>();
            columns.add(Column.left(b.text("column.category"), 2.2f));
            for (TeamEntry t : group) {
                columns.add(Column.centred(t.person().isBlank() ? t.title() : t.person(), 1f));
            }
            for (int pad = group.size(); pad < PEOPLE_PER_GRID; pad++) {
                columns.add(Column.centred("", 1f));
            }
            TableWriter table = flow.table(columns);
            for (RiskCategory category : RiskCategory.values()) {
                boolean warn = unowned.contains(category);
                java.awt.Color fill = warn ? Palette.WARNING_ROW : null;
                List<Cell> row = new ArrayList<>();
                row.add(new Cell(List.of(new Para(b.label(category), warn ? TextStyle.TABLE_BOLD : TextStyle.TABLE)),
                        fill));
                for (TeamEntry t : group) {
                    row.add(new Cell(List.of(new Para(t.covers().contains(category) ? "●" : "", TextStyle.TABLE)), fill));
                }
                for (int pad = group.size(); pad < PEOPLE_PER_GRID; pad++) {
                    row.add(new Cell(List.of(), fill));
                }
                table.row(row);
            }
            flow.gap(6);
        }
    }

    private static void practices(Briefing b) {
        TableWriter table = b.flow().table(List.of(Column.left(b.text("column.practice"), 2.5f),
                Column.centred(b.text("column.done"), 1f), Column.left(b.text("column.evidence"), 5f)));
        for (PracticeKey key : PracticeKey.values()) {
            Practice practice = b.project().practices().stream().filter(p -> p.key() == key).findFirst()
                    .orElse(new Practice(key, false, ""));
            table.row(List.of(Cell.of(b.label(key), TextStyle.TABLE_BOLD),
                    practice.done() ? Cell.filled(b.text("team.done"), Palette.band(org.aiventure.workbook.scoring.Band.LOW), Palette.PAPER)
                            : Cell.of(b.text("team.notDone"), TextStyle.TABLE_MUTED),
                    Cell.of(practice.evidence().isBlank() ? b.text("none") : practice.evidence())));
        }
    }
}
