package org.aiventure.workbook.cli;

import org.aiventure.workbook.domain.Language;
import picocli.CommandLine.ITypeConverter;

/** {@code --lang en|zh-CN}: the tags files use. */
final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        return Language.ofTag(value);
    }
}
