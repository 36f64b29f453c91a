package org.aiventure.workbook.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * The control keys a mitigation's {@code controlId} may name: the enum of aivw.schema.json, kept here as data
 * because the exchange may not import the knowledge base (DESIGN.md's arrows). They are part of format version 1,
 * so a file stays readable whatever the knowledge base of this build holds; a test keeps the two lists equal.
 */
final class ControlKeys {

    static final Set<String> ALL = Set.of(
            "DPS_ENCRYPTION", "DPS_ACCESS_CONTROL", "DPS_MASKING", "DPS_AUDIT", "DPS_LLM_GUARDRAILS",
            "INT_MODEL_CHOICE", "INT_VISUALIZATION", "INT_EXPLAINERS", "PERF_DATA_AUGMENTATION",
            "PERF_HYPERPARAMETER_TUNING", "PERF_COMPRESSION", "PERF_MULTIMODAL", "PERF_EVALUATION", "RES_SCHEDULING",
            "RES_DATA_PARALLEL", "RES_MODEL_PARALLEL", "RES_BATCH_SIZE_TUNING", "RES_BUDGET_CAP", "LEG_COMPLIANCE",
            "LEG_ETHICS_REVIEW", "LEG_TRANSPARENCY", "LEG_RESPONSIBILITY", "LEG_RISK_CLASSIFICATION",
            "LEG_ALGORITHM_FILING", "SUP_PROVENANCE_LICENSE", "SUP_VERSION_PINNING", "SUP_SECOND_PROVIDER",
            "MKT_RESEARCH", "MKT_TECH_WATCH", "TEAM_BUILDING", "BIZ_MODEL_VALIDATION");

    private ControlKeys() {
    }

    /** A control key, or null (reported) for anything else; 31 keys are too many to list in a message. */
    static String controlKey(JsonNode node, Pointer at, Violations out) {
        if (!node.isTextual() || !ALL.contains(node.textValue())) {
            out.add(at, AivwMessages.CONTROL, AivwMessages.found(node));
            return null;
        }
        return node.textValue();
    }
}
