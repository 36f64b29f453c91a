package org.aiventure.workbook.domain;

import java.util.EnumSet;
import java.util.Set;

/** The answers to the seven profile questions; a fact is true when it is in {@code yes}. */
public record Profile(Set<ProfileFact> yes) {

    /** All seven answers "no": a new project's profile. */
    public static final Profile NONE = new Profile(Set.of());

    public Profile {
        yes = yes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(yes));
    }

    public static Profile of(ProfileFact... facts) {
        return new Profile(facts.length == 0 ? Set.of() : EnumSet.of(facts[0], facts));
    }

    public boolean has(ProfileFact fact) {
        return yes.contains(fact);
    }

    public Profile with(ProfileFact fact, boolean answer) {
        EnumSet<ProfileFact> next = yes.isEmpty() ? EnumSet.noneOf(ProfileFact.class) : EnumSet.copyOf(yes);
        if (answer) {
            next.add(fact);
        } else {
            next.remove(fact);
        }
        return new Profile(next);
    }
}
