package org.aiventure.workbook.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.time.Instant;
import org.aiventure.workbook.domain.Checks;
import org.aiventure.workbook.domain.Project;

/**
 * Reads a plain {@code .aivw} file (file-format.md) into a {@link Project}. Strict: an unknown key, a key
 * given twice, a value of the wrong type or a rule of the domain broken stops reading with an
 * {@link AivwFormatException} that names the JSON Pointer of the first problem found.
 */
public final class ProjectFileReader {

    /** Jackson's only signal that a duplicate stopped the parser; a test pins it. */
    private static final String DUPLICATE_MESSAGE = "Duplicate field";

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    // the caller opened the stream, the caller closes it
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // a score written 48.0 must stay 48.0, so that writing it again gives the same bytes
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** The project of a file; see {@link #readFile(InputStream)}. */
    public Project read(InputStream in) throws IOException {
        return readFile(in).project();
    }

    /** The project of a file with its envelope; the stream is read to its end and left open. */
    public ProjectFile readFile(InputStream in) throws IOException {
        StrictObject file = envelope(parse(in));
        Instant exportedAt = file.get("exportedAt", JsonValues::instant);
        String generator = file.get("generator", JsonValues::string);
        JsonValues.build(file.at("generator"), () -> Checks.text("generator", generator, 1,
                AivwFormat.GENERATOR_LENGTH));
        Project project = ProjectTreeMapper.fromTree(file.member("project"), file.at("project"));
        file.finish();
        return new ProjectFile(exportedAt, generator, project);
    }

    /** The JSON tree of the file; a failing stream stays a plain {@link IOException}, not a format problem. */
    private static JsonNode parse(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw notWellFormed(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new AivwFormatException("", AivwMessages.emptyFile());
        }
        return root;
    }

    private static AivwFormatException notWellFormed(JsonProcessingException e) {
        String pointer = e.getProcessor() instanceof JsonParser parser
                ? parser.getParsingContext().pathAsPointer().toString() : "";
        if (e.getOriginalMessage().startsWith(DUPLICATE_MESSAGE)) {
            return new AivwFormatException(pointer, AivwMessages.duplicateKey(), e);
        }
        JsonLocation where = e.getLocation();
        return new AivwFormatException(pointer, where == null
                ? e.getOriginalMessage()
                : AivwMessages.notWellFormed(e.getOriginalMessage(), where.getLineNr(), where.getColumnNr()), e);
    }

    /**
     * The envelope, once its format and version are known to be ours: those come before anything else, so
     * that a newer file is told as such rather than as a list of keys this version does not know.
     */
    private static StrictObject envelope(JsonNode root) throws AivwFormatException {
        JsonNode format = root.get("format");
        if (!root.isObject() || format == null || !AivwFormat.NAME.equals(format.textValue())) {
            throw new AivwFormatException(format == null ? "" : "/format", AivwMessages.notAnAivwFile());
        }
        StrictObject file = StrictObject.of(root, Pointer.ROOT);
        file.member("format");
        JsonNode version = file.member("formatVersion");
        boolean integral = version.isIntegralNumber();
        if (integral && version.bigIntegerValue().compareTo(BigInteger.valueOf(AivwFormat.VERSION)) > 0) {
            throw new AivwFormatException("/formatVersion", AivwMessages.newerVersion(version.asText()));
        }
        if (!integral || version.intValue() != AivwFormat.VERSION) {
            throw JsonValues.wrong(file.at("formatVersion"), AivwMessages.theInteger(AivwFormat.VERSION), version);
        }
        return file;
    }
}
