package org.aiventure.workbook.report;

/**
 * One section of the briefing. A section starts on its own page with {@link Briefing#start}, which also gives
 * it its bookmark, and then draws with the context's page flow; it decides nothing about page breaks.
 */
interface BriefingSection {

    /** Whether this project has anything for the section (the trend needs snapshots); most always do. */
    default boolean appliesTo(Briefing briefing) {
        return true;
    }

    void write(Briefing briefing);
}
