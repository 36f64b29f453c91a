package org.aiventure.workbook.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.aiventure.workbook.domain.CanvasBlock;
import org.aiventure.workbook.domain.PracticeKey;

/**
 * The rules of file-format.md that span the file and that a JSON Schema cannot say: ids unique across the file,
 * risk codes, practice keys and note positions unique where they must be, references pointing inside the file.
 * The reader tells it what it finds, with pointers; a repeat names where the value was first seen.
 */
final class CrossReferences {

    private final Violations out;
    private final Map<UUID, Pointer> ids = new HashMap<>();
    private final Set<UUID> riskIds = new HashSet<>();
    private final Set<UUID> teamIds = new HashSet<>();
    private final Map<String, Pointer> codes = new HashMap<>();
    private final Map<PracticeKey, Pointer> practices = new EnumMap<>(PracticeKey.class);
    private final Map<CanvasBlock, Map<Integer, Pointer>> positions = new EnumMap<>(CanvasBlock.class);
    /** References are checked at the end: analysis items come before the risks they link to. */
    private final List<Reference> references = new ArrayList<>();

    CrossReferences(Violations out) {
        this.out = out;
    }

    /** An id found at {@code at}; null (a value already reported) is ignored, as everywhere here. */
    void id(UUID id, Pointer at) {
        if (id != null) {
            Pointer first = ids.putIfAbsent(id, at);
            if (first != null) {
                out.add(at, AivwMessages.DUPLICATE_ID, id, first);
            }
        }
    }

    void riskId(UUID id) {
        if (id != null) {
            riskIds.add(id);
        }
    }

    void teamEntryId(UUID id) {
        if (id != null) {
            teamIds.add(id);
        }
    }

    void riskCode(String code, Pointer at) {
        if (code != null) {
            Pointer first = codes.putIfAbsent(code, at);
            if (first != null) {
                out.add(at, AivwMessages.DUPLICATE_CODE, code, first);
            }
        }
    }

    void practice(PracticeKey key, Pointer at) {
        if (key != null) {
            Pointer first = practices.putIfAbsent(key, at);
            if (first != null) {
                out.add(at, AivwMessages.REPEATED, key, first);
            }
        }
    }

    void notePosition(CanvasBlock block, Integer position, Pointer at) {
        if (block != null && position != null) {
            Pointer first = positions.computeIfAbsent(block, b -> new HashMap<>()).putIfAbsent(position, at);
            if (first != null) {
                out.add(at, AivwMessages.DUPLICATE_POSITION, block, position, first);
            }
        }
    }

    /** The ids of {@code linkedRiskIds}, whose elements sit at {@code listAt}/0, /1, … */
    void linkedRisks(List<UUID> linked, Pointer listAt) {
        if (linked != null) {
            for (int i = 0; i < linked.size(); i++) {
                if (linked.get(i) != null) {
                    references.add(new Reference(listAt.index(i), linked.get(i), true));
                }
            }
        }
    }

    void owner(UUID teamEntryId, Pointer at) {
        if (teamEntryId != null) {
            references.add(new Reference(at, teamEntryId, false));
        }
    }

    /** Reports the references that point outside the file; call once everything has been read. */
    void checkReferences() {
        for (Reference r : references) {
            if (r.toRisk() && !riskIds.contains(r.id())) {
                out.add(r.at(), AivwMessages.UNKNOWN_RISK, r.id());
            } else if (!r.toRisk() && !teamIds.contains(r.id())) {
                out.add(r.at(), AivwMessages.UNKNOWN_OWNER, r.id());
            }
        }
    }

    private record Reference(Pointer at, UUID id, boolean toRisk) {
    }
}
