package org.aiventure.workbook.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.knowledge.TextKeys;

/**
 * An argument of a {@link Message}. Typed rather than a string so that whatever names the knowledge base's
 * vocabulary (a category, role, control, requirement, profile fact, block, practice) is rendered in the
 * reader's language, and so that a screen can tell a risk or a control apart from plain text.
 */
public sealed interface Arg {

    /** Text shown as it is: the founder's own words (a note, a title) or a date. */
    record Text(String value) implements Arg {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number shown with exactly its scale, so a residual of 16.0 reads 16.0. */
    record Number(BigDecimal value) implements Arg {
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A text of the knowledge base by its full key, e.g. {@code riskCategory.MARKET.label}. */
    record Knowledge(String textKey) implements Arg {
        public Knowledge {
            Objects.requireNonNull(textKey, "textKey");
        }
    }

    /** A risk of the register, shown by its code and title. */
    record RiskRef(String code, String title) implements Arg {
        public RiskRef {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(title, "title");
        }
    }

    /** A phrase of the message bundles, e.g. a reason or a band's name. */
    record Nested(Message message) implements Arg {
        public Nested {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * A list read as one phrase: "a, b or c". {@code more} counts items left out to keep the text short
     * ("… and 2 more").
     */
    record Join(Joiner joiner, List<Arg> items, int more) implements Arg {
        public Join {
            Objects.requireNonNull(joiner, "joiner");
            items = List.copyOf(items);
            if (items.isEmpty() || more < 0) {
                throw new IllegalArgumentException("a join needs items and a count of those left out");
            }
        }
    }

    /** How the items of a {@link Join} combine; each has its bundle key {@code finding.join.<name>}. */
    enum Joiner {
        AND, OR, REASONS
    }

    static Arg text(String value) {
        return new Text(value);
    }

    static Arg number(long value) {
        return new Number(BigDecimal.valueOf(value));
    }

    static Arg number(BigDecimal value) {
        return new Number(value);
    }

    /** The label of a domain value: a category, role, fact, sector, market, stage, block, practice, status. */
    static Arg label(Enum<?> value) {
        return new Knowledge(TextKeys.of(value) + TextKeys.LABEL);
    }

    static Arg control(String key) {
        return new Knowledge(TextKeys.control(key) + TextKeys.LABEL);
    }

    static Arg requirement(String id) {
        return new Knowledge(TextKeys.requirement(id) + TextKeys.LABEL);
    }

    /** The title of the guide's template risk for a category, the one a quick fix would add. */
    static Arg riskTemplate(RiskCategory category) {
        return new Knowledge(TextKeys.riskTemplate(category) + ".title");
    }

    static Arg risk(Risk risk) {
        return new RiskRef(risk.code(), risk.title());
    }

    static Arg phrase(String key, Arg... args) {
        return new Nested(Message.of(key, args));
    }

    /** The first {@code limit} items joined, counting the rest as "more". */
    static Arg join(Joiner joiner, List<Arg> items, int limit) {
        return items.size() <= limit ? new Join(joiner, items, 0)
                : new Join(joiner, items.subList(0, limit), items.size() - limit);
    }
}
