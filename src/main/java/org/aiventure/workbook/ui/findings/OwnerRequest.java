package org.aiventure.workbook.ui.findings;

import java.util.List;
import org.aiventure.workbook.domain.Role;
import org.aiventure.workbook.domain.TeamEntry;
import org.aiventure.workbook.knowledge.KnowledgeBase;

/**
 * What the owner picker shows: its title and question (already in the current language), the team entries
 * to choose from, the role a new person is suggested for, and the knowledge base that names roles and
 * statuses.
 */
public record OwnerRequest(String title, String prompt, List<TeamEntry> entries, Role suggestedRole,
                           KnowledgeBase knowledge) {

    public OwnerRequest {
        entries = List.copyOf(entries);
    }
}
