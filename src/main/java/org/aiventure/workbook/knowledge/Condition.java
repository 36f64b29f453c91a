package org.aiventure.workbook.knowledge;

import java.util.List;
import java.util.Objects;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.domain.Stage;

/**
 * A test on a project's profile, stage, sectors or markets: the vocabulary in which requirements and role
 * rules say when they apply. Kept to a few kinds so that the data stays readable and every kind has a label.
 * In the JSON each is an object with exactly one field, named by {@link #kind()}.
 */
public sealed interface Condition {

    boolean holds(Project project);

    /** The JSON field that names this kind of condition. */
    String kind();

    /** True when every condition of {@code all} holds; an empty list holds. */
    static boolean allHold(List<Condition> all, Project project) {
        for (Condition c : all) {
            if (!c.holds(project)) {
                return false;
            }
        }
        return true;
    }

    /** {@code {"always": true}}: holds for every project (the rules everyone must meet). */
    record Always() implements Condition {
        @Override
        public boolean holds(Project project) {
            return true;
        }

        @Override
        public String kind() {
            return "always";
        }
    }

    /** {@code {"fact": "handlesPersonalData"}}: the founder answered yes to this profile question. */
    record Fact(ProfileFact fact) implements Condition {
        public Fact {
            Objects.requireNonNull(fact, "fact");
        }

        @Override
        public boolean holds(Project project) {
            return project.profile().has(fact);
        }

        @Override
        public String kind() {
            return "fact";
        }
    }

    /** {@code {"sector": "HEALTHCARE"}}: the project's sectors include this one. */
    record InSector(Sector sector) implements Condition {
        public InSector {
            Objects.requireNonNull(sector, "sector");
        }

        @Override
        public boolean holds(Project project) {
            return project.sectors().contains(sector);
        }

        @Override
        public String kind() {
            return "sector";
        }
    }

    /**
     * {@code {"sectorOtherThan": "GENERAL"}}: the project names some sector that is not this one, i.e. it
     * serves a specific industry and so needs someone who knows it.
     */
    record InSectorOtherThan(Sector sector) implements Condition {
        public InSectorOtherThan {
            Objects.requireNonNull(sector, "sector");
        }

        @Override
        public boolean holds(Project project) {
            return project.sectors().stream().anyMatch(s -> s != sector);
        }

        @Override
        public String kind() {
            return "sectorOtherThan";
        }
    }

    /** {@code {"market": "EU"}}: the project's markets include this one. */
    record InMarket(Market market) implements Condition {
        public InMarket {
            Objects.requireNonNull(market, "market");
        }

        @Override
        public boolean holds(Project project) {
            return project.markets().contains(market);
        }

        @Override
        public String kind() {
            return "market";
        }
    }

    /** {@code {"stageAtLeast": "PILOT"}}: the project has reached this stage or a later one. */
    record StageAtLeast(Stage stage) implements Condition {
        public StageAtLeast {
            Objects.requireNonNull(stage, "stage");
        }

        @Override
        public boolean holds(Project project) {
            return project.stage().compareTo(stage) >= 0;
        }

        @Override
        public String kind() {
            return "stageAtLeast";
        }
    }
}
