package org.aiventure.workbook.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aiventure.workbook.domain.Edit;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.Profile;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Stage;

/**
 * A named, unsaved copy of what decides a project's requirements: its stage, sectors, markets and profile
 * answers. The founder changes it freely; nothing is stored until {@link #edit()} is applied.
 */
public record Scenario(String name, Stage stage, List<Sector> sectors, List<Market> markets, Profile profile) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stage, "stage");
        sectors = List.copyOf(sectors);
        markets = List.copyOf(markets);
        Objects.requireNonNull(profile, "profile");
    }

    /** The scenario in which nothing changes yet: the project's own stage, sectors, markets and answers. */
    public static Scenario of(Project project, String name) {
        return new Scenario(name, project.stage(), project.sectors(), project.markets(), project.profile());
    }

    public Scenario named(String next) {
        return new Scenario(next, stage, sectors, markets, profile);
    }

    public Scenario withStage(Stage next) {
        return new Scenario(name, next, sectors, markets, profile);
    }

    /** Adds or removes a sector; an added one goes last, as ticking it on the Profile page does. */
    public Scenario with(Sector sector, boolean included) {
        return new Scenario(name, stage, toggled(sectors, sector, included), markets, profile);
    }

    public Scenario with(Market market, boolean included) {
        return new Scenario(name, stage, sectors, toggled(markets, market, included), profile);
    }

    public Scenario with(ProfileFact fact, boolean answer) {
        return new Scenario(name, stage, sectors, markets, profile.with(fact, answer));
    }

    /** The project as it would be in this scenario; everything but the four scenario fields is kept. */
    public Project applyTo(Project project) {
        return project.withStage(stage).withSectors(sectors).withMarkets(markets).withProfile(profile);
    }

    /** Whether the scenario changes anything of this project. */
    public boolean changes(Project project) {
        return !applyTo(project).equals(project);
    }

    /**
     * The scenario as one edit: a founder who applies "enter the EU market" expects one Undo to take the
     * whole scenario back, not one step per ticked box.
     */
    public Edit edit() {
        return Edit.of("edit.scenario.apply", this::applyTo, name);
    }

    private static <E> List<E> toggled(List<E> list, E value, boolean included) {
        List<E> next = new ArrayList<>(list);
        if (!included) {
            next.remove(value);
        } else if (!next.contains(value)) {
            next.add(value);
        }
        return next;
    }
}
