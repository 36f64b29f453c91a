package org.aiventure.workbook.knowledge;

import java.util.Objects;

/** One step of the likelihood or impact scale, with what it means in a founder's terms. */
public record ScaleStep(Scale scale, int value, LocalizedText label, LocalizedText description) {

    /** The two 1-5 scales of a risk. */
    public enum Scale {
        LIKELIHOOD("likelihood"), IMPACT("impact");

        private final String key;

        Scale(String key) {
            this.key = key;
        }

        /** The name used in knowledge.json and as the text-key prefix. */
        public String key() {
            return key;
        }
    }

    public ScaleStep {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
    }
}
