package org.aiventure.workbook.exchange.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.aiventure.workbook.domain.Mitigation;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.testing.Examples;
import org.aiventure.workbook.testing.ProjectGenerator;

/** What the CSV tests share: the example project, writing to bytes, and risks compared without their ids. */
final class CsvFixtures {

    static final UUID NO_ID = new UUID(0, 0);

    private CsvFixtures() {
    }

    static Project medtriage() {
        return Examples.project(Examples.MEDTRIAGE);
    }

    static byte[] export(Project project) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RiskCsvWriter.write(project.risks(), OwnerNames.of(project.team()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The control keys the project's mitigations use, standing in for the knowledge base's. */
    static Set<String> controlsOf(Project project) {
        return project.risks().stream().flatMap(r -> r.mitigations().stream()).map(Mitigation::controlId)
                .filter(c -> c != null).collect(Collectors.toSet());
    }

    /** A context for importing back into {@code project} with nothing taken, so every code is kept. */
    static CsvImportContext sameTeam(Project project, Set<String> controls) {
        return new CsvImportContext(Set.of(), OwnerNames.of(project.team()), controls, ids());
    }

    static Supplier<UUID> ids() {
        return ProjectGenerator.ids(42);
    }

    static List<Risk> read(String csv, CsvImportContext context) throws IOException {
        return RiskCsvReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), context);
    }

    static List<Risk> withoutIds(List<Risk> risks) {
        return risks.stream().map(r -> new Risk(NO_ID, r.code(), r.title(), r.description(), r.category(),
                r.likelihood(), r.impact(), r.treatment(), r.status(), r.ownerId(), r.reviewBy(), r.acceptance(),
                r.mitigations().stream().map(m -> new Mitigation(NO_ID, m.controlId(), m.title(), m.state(),
                        m.effectiveness())).toList())).toList();
    }
}
