package org.aiventure.workbook.cli;

import java.util.Arrays;
import java.util.Locale;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Market;
import org.aiventure.workbook.domain.Messages;
import org.aiventure.workbook.domain.ProfileFact;
import org.aiventure.workbook.domain.Sector;
import org.aiventure.workbook.scenario.Scenario;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One change that {@code whatif} makes to the scenario: {@code sector:X} or {@code market:X} (for --add and
 * --remove) or {@code FACT=true|false} (for --set), spelt as in knowledge.md.
 */
sealed interface ScenarioChange {

    Scenario applyTo(Scenario scenario, boolean add);

    /** {@code sector:HEALTHCARE}. */
    record InSector(Sector sector) implements ScenarioChange {
        @Override
        public Scenario applyTo(Scenario scenario, boolean add) {
            return scenario.with(sector, add);
        }
    }

    /** {@code market:EU}. */
    record InMarket(Market market) implements ScenarioChange {
        @Override
        public Scenario applyTo(Scenario scenario, boolean add) {
            return scenario.with(market, add);
        }
    }

    /** {@code publicFacing=true}. */
    record Answer(ProfileFact fact, boolean yes) implements ScenarioChange {
        @Override
        public Scenario applyTo(Scenario scenario, boolean ignored) {
            return scenario.with(fact, yes);
        }
    }

    /** Reads {@code sector:X} or {@code market:X}. */
    final class Inclusion implements ITypeConverter<ScenarioChange> {
        @Override
        public ScenarioChange convert(String value) {
            int colon = value.indexOf(':');
            String kind = colon < 0 ? "" : value.substring(0, colon);
            String key = value.substring(colon + 1);
            if (kind.equals("sector")) {
                return new InSector(valueOf(Sector.class, key, value));
            } else if (kind.equals("market")) {
                return new InMarket(valueOf(Market.class, key, value));
            }
            throw problem("cli.whatif.error.inclusion", value);
        }
    }

    /** Reads {@code FACT=true|false}. */
    final class Setting implements ITypeConverter<ScenarioChange> {
        @Override
        public ScenarioChange convert(String value) {
            int eq = value.indexOf('=');
            String answer = eq < 0 ? "" : value.substring(eq + 1);
            if (eq < 0 || !(answer.equals("true") || answer.equals("false"))) {
                throw problem("cli.whatif.error.setting", value);
            }
            String key = value.substring(0, eq);
            ProfileFact fact = Arrays.stream(ProfileFact.values()).filter(f -> f.key().equals(key)).findFirst()
                    .orElseThrow(() -> problem("cli.whatif.error.unknown", value, Arrays.stream(ProfileFact.values())
                            .map(ProfileFact::key).toList()));
            return new Answer(fact, Boolean.parseBoolean(answer));
        }
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String key, String whole) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        throw problem("cli.whatif.error.unknown", whole, Arrays.toString(type.getEnumConstants()));
    }

    private static TypeConversionException problem(String key, Object... args) {
        return new TypeConversionException(Messages.format(Language.of(Locale.getDefault()), key, args));
    }
}
