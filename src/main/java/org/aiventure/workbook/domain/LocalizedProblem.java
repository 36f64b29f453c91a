package org.aiventure.workbook.domain;

import java.util.List;

/**
 * A problem the founder should read in their language: a message key of the i18n bundles and its
 * arguments. Exceptions of every layer implement it so each screen can render any of them the same way.
 */
public interface LocalizedProblem {

    String key();

    List<String> args();
}
