package org.aiventure.workbook.report;

import java.time.Instant;
import java.util.Objects;

import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Project;
import org.aiventure.workbook.knowledge.KnowledgeBase;
import org.aiventure.workbook.scoring.Assessment;

/**
 * Everything a briefing shows: the project, the engine's assessment of it (printed as it is, never
 * recomputed), the language of every word, and what the footer and the metadata name.
 */
public record BriefingRequest(Project project, Assessment assessment, KnowledgeBase knowledge, Language language,
                              String appNameAndVersion, Instant createdAt) {

    public BriefingRequest {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(appNameAndVersion, "appNameAndVersion");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
