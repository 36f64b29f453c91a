package org.aiventure.workbook.domain;

/**
 * One field of a project's profile that differs, as a dialog shows it. {@code field} is the key of
 * file-format.md ({@code stage}, {@code riskAppetite}; a profile fact as {@code profile.publicFacing}), so a
 * screen can look up its label; {@code before} and {@code after} are the values as the file writes them (keys,
 * {@code true}/{@code false}, lists joined with ", ").
 */
public record FieldChange(String field, String before, String after) {
}
