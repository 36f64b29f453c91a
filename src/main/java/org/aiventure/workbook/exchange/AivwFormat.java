package org.aiventure.workbook.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;

/** The constants of the envelopes of plain and encrypted project files (file-format.md). */
final class AivwFormat {

    static final String NAME = "ai-venture-workbook";
    static final String ENCRYPTED_NAME = "ai-venture-workbook-encrypted";
    /** The version of both envelopes that this build reads and writes. */
    static final int VERSION = 1;
    static final int GENERATOR_LENGTH = 200;

    private AivwFormat() {
    }

    /**
     * Checks {@code formatVersion}. A newer version stops reading at once: its keys may mean things this version
     * does not know, and a list of them would hide the one thing to do, which is to update the app.
     */
    static void checkVersion(StrictObject file) throws AivwFormatException {
        JsonNode version = file.member("formatVersion");
        if (version == null) {
            return;
        }
        if (version.isIntegralNumber() && version.bigIntegerValue().compareTo(BigInteger.valueOf(VERSION)) > 0) {
            throw AivwFormatException.at(file.at("formatVersion").toString(), AivwMessages.NEWER_VERSION,
                    version.asText(), VERSION);
        }
        JsonValues.constant(VERSION).map(version, file.at("formatVersion"), file.violations());
    }
}
