package org.aiventure.workbook.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.aiventure.workbook.domain.DomainException;
import org.aiventure.workbook.domain.Project;

/**
 * Reads a plain {@code .aivw} file (file-format.md) into a {@link ProjectFile}, checking every rule of the format
 * first and reporting all violations, each at its JSON Pointer; only a file without any is built.
 */
final class ProjectFileReader {

    private ProjectFileReader() {
    }

    /** The project file in {@code bytes}, which {@link FileBytes} has checked to be UTF-8 text. */
    static ProjectFile read(byte[] bytes) throws AivwFormatException {
        JsonNode root = BoundedJsonParser.PLAIN.parse(bytes);
        Violations out = new Violations();
        StrictObject file = StrictObject.of(root, Pointer.ROOT, out);
        if (file == null || !AivwFormat.NAME.equals(root.path("format").textValue())) {
            throw AivwFormatException.ofFile(AivwMessages.NOT_AIVW);
        }
        file.member("format");
        AivwFormat.checkVersion(file);
        Instant exportedAt = file.get("exportedAt", JsonValues::instant);
        String generator = file.get("generator", JsonValues.text(1, AivwFormat.GENERATOR_LENGTH));
        JsonNode projectNode = file.member("project");
        Supplier<Project> project = projectNode == null
                ? null : ProjectTreeMapper.read(projectNode, file.at("project"), out);
        file.finish();
        out.throwIfAny();
        return new ProjectFile(exportedAt, generator, build(project));
    }

    /**
     * Builds a project from a file without violations. The domain checks its rules again as it builds; should the
     * reader ever miss one, the domain's refusal still reaches the founder as a bad file, not as a crash.
     */
    private static Project build(Supplier<Project> project) throws AivwFormatException {
        try {
            return project.get();
        } catch (DomainException e) {
            throw new AivwFormatException(List.of(new Violation("/project", e.key(), e.args())), 1, e);
        }
    }
}
