package org.aiventure.workbook.knowledge;

import java.util.List;
import java.util.Objects;
import org.aiventure.workbook.domain.AnalysisKind;

/** The seed guide as the app shows it: title, numbered sections and the closing paragraph. */
public record Guide(LocalizedText title, List<GuideSection> sections, LocalizedText closingTitle,
                    LocalizedText closing, LocalizedText opportunitiesHeading, LocalizedText challengesHeading) {

    public Guide {
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        Objects.requireNonNull(closingTitle, "closingTitle");
        Objects.requireNonNull(closing, "closing");
        Objects.requireNonNull(opportunitiesHeading, "opportunitiesHeading");
        Objects.requireNonNull(challengesHeading, "challengesHeading");
    }

    /** The section with this number; throws for a number the guide does not have. */
    public GuideSection section(int number) {
        return sections.stream().filter(s -> s.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the guide has no section " + number));
    }

    /** The heading of the opportunity or the challenge list of the analysis section. */
    public LocalizedText heading(AnalysisKind kind) {
        return kind == AnalysisKind.OPPORTUNITY ? opportunitiesHeading : challengesHeading;
    }
}
