package org.aiventure.workbook.ui.findings;

/**
 * The one-click fixes, offered where the step is obvious; each names the message key of its button.
 */
public enum QuickFix {
    /** CATEGORY_UNCOVERED: a risk of the category from the guide's template. */
    ADD_RISK("findings.fix.addRisk"),
    /** CONTROL_MISSING: the group's first control as a PLANNED mitigation of the category's worst risk. */
    ADD_CONTROL("findings.fix.addControl"),
    /** RISK_UNOWNED, OWNER_NOT_IN_PLACE: an owner from the team, or a person added in place. */
    ASSIGN_OWNER("findings.fix.assignOwner"),
    /** CATEGORY_WITHOUT_OWNER: a team member in place who answers for the category. */
    ASSIGN_COVER("findings.fix.assignCover");

    private final String labelKey;

    QuickFix(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
