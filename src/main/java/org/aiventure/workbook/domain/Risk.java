package org.aiventure.workbook.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** A risk of the register with its mitigations. {@code ownerId} is a team entry's id or null. */
public record Risk(UUID id, String code, String title, String description, RiskCategory category,
                   int likelihood, int impact, Treatment treatment, RiskStatus status, UUID ownerId,
                   LocalDate reviewBy, Acceptance acceptance, List<Mitigation> mitigations) {

    private static final Pattern CODE = Pattern.compile("R-[0-9]{3,}");

    public Risk {
        Checks.present("risk id", id);
        Checks.present("risk code", code);
        if (!CODE.matcher(code).matches()) {
            throw new DomainException("domain.error.riskCode", code);
        }
        Checks.text("risk title", title, 1, Limits.TITLE);
        Checks.text("risk description", description, 0, Limits.LONG_TEXT);
        Checks.present("risk category", category);
        Checks.range("likelihood", likelihood, 1, 5);
        Checks.range("impact", impact, 1, 5);
        Checks.present("treatment", treatment);
        Checks.present("risk status", status);
        mitigations = Checks.list("mitigations", mitigations);
    }

    /** Likelihood × impact, 1-25. */
    public int inherent() {
        return likelihood * impact;
    }

    public boolean isOpen() {
        return status == RiskStatus.OPEN;
    }

    /** The number in the code, for ordering and for choosing the next free code. */
    public int codeNumber() {
        return Integer.parseInt(code.substring(2));
    }

    /** A risk code for a number: at least three digits. */
    public static String code(int number) {
        return String.format("R-%03d", number);
    }

    public Risk withCode(String next) {
        return new Risk(id, next, title, description, category, likelihood, impact, treatment, status, ownerId,
                reviewBy, acceptance, mitigations);
    }

    public Risk withTitle(String next) {
        return new Risk(id, code, next, description, category, likelihood, impact, treatment, status, ownerId,
                reviewBy, acceptance, mitigations);
    }

    public Risk withDescription(String next) {
        return new Risk(id, code, title, next, category, likelihood, impact, treatment, status, ownerId,
                reviewBy, acceptance, mitigations);
    }

    public Risk withCategory(RiskCategory next) {
        return new Risk(id, code, title, description, next, likelihood, impact, treatment, status, ownerId,
                reviewBy, acceptance, mitigations);
    }

    public Risk withScale(int nextLikelihood, int nextImpact) {
        return new Risk(id, code, title, description, category, nextLikelihood, nextImpact, treatment, status,
                ownerId, reviewBy, acceptance, mitigations);
    }

    public Risk withTreatment(Treatment next) {
        return new Risk(id, code, title, description, category, likelihood, impact, next, status, ownerId,
                reviewBy, acceptance, mitigations);
    }

    public Risk withStatus(RiskStatus next) {
        return new Risk(id, code, title, description, category, likelihood, impact, treatment, next, ownerId,
                reviewBy, acceptance, mitigations);
    }

    public Risk withOwner(UUID next) {
        return new Risk(id, code, title, description, category, likelihood, impact, treatment, status, next,
                reviewBy, acceptance, mitigations);
    }

    public Risk withReviewBy(LocalDate next) {
        return new Risk(id, code, title, description, category, likelihood, impact, treatment, status, ownerId,
                next, acceptance, mitigations);
    }

    public Risk withAcceptance(Acceptance next) {
        return new Risk(id, code, title, description, category, likelihood, impact, treatment, status, ownerId,
                reviewBy, next, mitigations);
    }

    public Risk withMitigations(List<Mitigation> next) {
        return new Risk(id, code, title, description, category, likelihood, impact, treatment, status, ownerId,
                reviewBy, acceptance, next);
    }
}
