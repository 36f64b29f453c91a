package org.aiventure.workbook.domain;

/** The seven yes/no profile questions (knowledge.md); requirement and role rules refer to them by key. */
public enum ProfileFact {
    HANDLES_PERSONAL_DATA("handlesPersonalData"),
    HANDLES_SENSITIVE_DATA("handlesSensitiveData"),
    TRAINS_OWN_MODELS("trainsOwnModels"),
    USES_THIRD_PARTY_MODELS("usesThirdPartyModels"),
    DISTRIBUTED_TRAINING("distributedTraining"),
    HIGH_STAKES_DECISIONS("highStakesDecisions"),
    PUBLIC_FACING("publicFacing");

    private final String key;

    ProfileFact(String key) {
        this.key = key;
    }

    /** The key as written in files and knowledge.md, e.g. {@code handlesPersonalData}. */
    public String key() {
        return key;
    }

    public static ProfileFact ofKey(String key) {
        for (ProfileFact f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new DomainException("domain.error.unknownKey", "profile fact", String.valueOf(key));
    }
}
