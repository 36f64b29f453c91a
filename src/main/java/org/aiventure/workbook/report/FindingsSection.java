package org.aiventure.workbook.report;

import java.util.List;

import org.aiventure.workbook.scoring.Band;
import org.aiventure.workbook.scoring.Finding;
import org.aiventure.workbook.scoring.Severity;

/** Every finding of the assessment, in the engine's order, grouped by severity, each with its fix. */
final class FindingsSection implements BriefingSection {

    @Override
    public void write(Briefing b) {
        PageFlow flow = b.flow();
        b.start("findings", false);
        List<Finding> findings = b.assessment().findings();
        if (findings.isEmpty()) {
            flow.paragraph(b.text("findings.none"), TextStyle.BODY);
            return;
        }
        for (Severity severity : Severity.values()) {
            List<Finding> group = findings.stream().filter(f -> f.severity() == severity).toList();
            if (!group.isEmpty()) {
                flow.heading(b.text("findings.group", b.severity(severity), group.size()));
                table(b, group);
                flow.gap(8);
            }
        }
    }

    /** A table of findings: severity, area, what is wrong and the step that fixes it. */
    static void table(Briefing b, List<Finding> findings) {
        TableWriter table = b.flow().table(List.of(Column.centred(b.text("column.severity"), 0.9f),
                Column.left(b.text("column.area"), 0.9f), Column.left(b.text("column.finding"), 4f),
                Column.left(b.text("column.fix"), 3.2f)));
        for (Finding f : findings) {
            Band band = Band.valueOf(f.severity().name());
            table.row(List.of(Cell.filled(b.severity(f.severity()), Palette.band(band), Palette.onBand(band)),
                    Cell.of(b.label(f.area())), Cell.of(b.findingMessage(f)), Cell.of(b.findingFix(f))));
        }
    }
}
