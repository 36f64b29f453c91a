package org.aiventure.workbook.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What changed between two versions of a list whose elements have ids: the removed elements, the added ones
 * with their new position, and the kept ones whose content or position changed. An edit replaces only what
 * it touches, so an unchanged element is usually the same instance and is skipped with {@code ==} before any
 * {@code equals}; positions are the list indexes stored in {@code ord}.
 */
final class ListDiff<T> {

    /** An element in both versions that changed content, position or both. */
    record Kept<T>(T before, T after, int ord, boolean moved) {
        boolean changed() {
            return before != after && !before.equals(after);
        }
    }

    /** An element only in the new version, at {@code ord}. */
    record Added<T>(T element, int ord) {
    }

    private final List<T> removed = new ArrayList<>();
    private final List<Kept<T>> kept = new ArrayList<>();
    private final List<Added<T>> added = new ArrayList<>();

    private ListDiff() {
    }

    static <T, K> ListDiff<T> of(List<T> before, List<T> after, Function<T, K> id) {
        ListDiff<T> diff = new ListDiff<>();
        if (before != after && !diff.samePositions(before, after, id)) {
            diff.byId(before, after, id);
        }
        return diff;
    }

    List<T> removed() {
        return removed;
    }

    List<Kept<T>> kept() {
        return kept;
    }

    List<Added<T>> added() {
        return added;
    }

    /**
     * The common case of an edit that changes elements in place: same length, same id at every index. Returns
     * false, having recorded nothing, as soon as that does not hold.
     */
    private <K> boolean samePositions(List<T> before, List<T> after, Function<T, K> id) {
        if (before.size() != after.size()) {
            return false;
        }
        List<Kept<T>> changed = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            T b = before.get(i);
            T a = after.get(i);
            if (b == a) {
                continue;
            }
            if (!id.apply(b).equals(id.apply(a))) {
                return false;
            }
            Kept<T> k = new Kept<>(b, a, i, false);
            if (k.changed()) {
                changed.add(k);
            }
        }
        kept.addAll(changed);
        return true;
    }

    private <K> void byId(List<T> before, List<T> after, Function<T, K> id) {
        Map<K, Integer> index = new HashMap<>(before.size() * 2);
        for (int i = 0; i < before.size(); i++) {
            index.put(id.apply(before.get(i)), i);
        }
        for (int i = 0; i < after.size(); i++) {
            T a = after.get(i);
            Integer old = index.remove(id.apply(a));
            if (old == null) {
                added.add(new Added<>(a, i));
            } else {
                Kept<T> k = new Kept<>(before.get(old), a, i, old != i);
                if (k.moved() || k.changed()) {
                    kept.add(k);
                }
            }
        }
        for (int i : index.values()) {
            removed.add(before.get(i));
        }
    }
}
