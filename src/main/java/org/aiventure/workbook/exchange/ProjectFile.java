package org.aiventure.workbook.exchange;

import java.time.Instant;
import org.aiventure.workbook.domain.Project;

/** A project file as read: the project and the envelope's word on when and by what it was exported. */
public record ProjectFile(Instant exportedAt, String generator, Project project) {
}
