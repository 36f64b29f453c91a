package org.aiventure.workbook.exchange.csv;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;

/**
 * What an import needs to know about the project the risks go into.
 *
 * @param takenCodes    risk codes already in use there: a row keeps its code only if it is not among them
 * @param ownerNames    the owner column's text for each team entry there (see {@link OwnerNames})
 * @param knownControls the control keys a mitigation may name (the knowledge base's; exchange does not read it)
 * @param ids           where the new risks' and mitigations' ids come from
 */
public record CsvImportContext(Set<String> takenCodes, Map<UUID, String> ownerNames, Set<String> knownControls,
                               Supplier<UUID> ids) {

    public CsvImportContext {
        takenCodes = Set.copyOf(takenCodes);
        ownerNames = Map.copyOf(ownerNames);
        knownControls = Set.copyOf(knownControls);
        Objects.requireNonNull(ids, "ids");
    }

    /** The context for adding the risks to {@code target}. */
    public static CsvImportContext into(Project target, Set<String> knownControls, Supplier<UUID> ids) {
        return new CsvImportContext(target.risks().stream().map(Risk::code).collect(Collectors.toSet()),
                OwnerNames.of(target.team()), knownControls, ids);
    }
}
