package org.aiventure.workbook.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.aiventure.workbook.advice.Action;
import org.aiventure.workbook.advice.Advisor;
import org.aiventure.workbook.scoring.Assessment;
import org.aiventure.workbook.scoring.Grade;
import org.aiventure.workbook.scoring.Severity;

/**
 * Next steps: the readiness now and after the best step, then the advisor's five best actions, each with the
 * readiness it adds as the dashboard prints it, what it takes (a planning step, the founder's own words, or
 * evidence of work done) and the findings it clears.
 */
final class NextStepsSection implements BriefingSection {

    private static final int TOP = 5;

    @Override
    public void write(Briefing b) {
        PageFlow flow = b.flow();
        b.start("nextSteps", false);
        // ranked from the printed assessment, so every step starts from the readiness and date the briefing shows
        List<Action> actions = Advisor.rank(b.project(), b.knowledge(), b.assessment());
        flow.paragraph(readiness(b, actions), TextStyle.BODY);
        flow.gap(4);
        if (actions.isEmpty()) {
            flow.paragraph(b.text("nextSteps.none"), TextStyle.BODY);
            return;
        }
        List<Action> shown = actions.subList(0, Math.min(TOP, actions.size()));
        flow.paragraph(actions.size() > shown.size() ? b.text("nextSteps.best", actions.size(), shown.size())
                : b.text("nextSteps.all", actions.size()), TextStyle.BODY);
        flow.gap(8);
        table(b, shown);
        flow.gap(6);
        flow.paragraph(b.text("nextSteps.gains"), TextStyle.MUTED);
    }

    /** "Readiness on … is 60.4 (grade C)", and where the best step would take it when it moves it at all. */
    private static String readiness(Briefing b, List<Action> actions) {
        Assessment now = b.assessment();
        String date = now.asOf().toString();
        // some steps only clear findings: then the printed readiness stays where it is
        if (actions.isEmpty() || actions.get(0).gain().signum() == 0) {
            return b.text("nextSteps.readiness", date, now.overall().toPlainString(), now.grade().name());
        }
        Action best = actions.get(0);
        return b.text("nextSteps.readinessAfter", date, now.overall().toPlainString(), now.grade().name(),
                best.after().toPlainString(), Grade.of(best.after()).name());
    }

    private static void table(Briefing b, List<Action> shown) {
        TableWriter table = b.flow().table(List.of(Column.centred(b.text("column.rank"), 0.5f),
                Column.centred(b.text("column.gain"), 0.6f), Column.left(b.text("column.action"), 4f),
                Column.left(b.text("column.needs"), 1.6f), Column.left(b.text("column.clears"), 1.5f)));
        for (int i = 0; i < shown.size(); i++) {
            Action action = shown.get(i);
            table.row(List.of(Cell.of(Integer.toString(i + 1)), Cell.of(action.signedGain(), TextStyle.TABLE_BOLD),
                    Cell.of(action.describe(b.knowledge(), b.language())),
                    Cell.of(b.text("nextSteps.needs." + action.kind().confirmation().name())),
                    Cell.of(cleared(b, action.clears()))));
        }
    }

    /** "1 High, 2 Medium": the findings the step clears, counted by severity, most severe first. */
    private static String cleared(Briefing b, List<Severity> clears) {
        if (clears.isEmpty()) {
            return b.text("none");
        }
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        clears.forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts.entrySet().stream().map(e -> b.text("nextSteps.cleared", e.getValue(), b.severity(e.getKey())))
                .collect(Collectors.joining(b.text("listSeparator")));
    }
}
