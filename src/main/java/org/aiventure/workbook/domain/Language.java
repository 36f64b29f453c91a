package org.aiventure.workbook.domain;

import java.util.Locale;

/** The two languages of the app, each with the tag that files use. */
public enum Language {
    EN("en", Locale.ENGLISH),
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The tag as written in a project file: {@code en} or {@code zh-CN}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** Parses a file tag; throws {@link DomainException} for anything but {@code en} and {@code zh-CN}. */
    public static Language ofTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equals(tag)) {
                return l;
            }
        }
        throw new DomainException("domain.error.unknownKey", "language", String.valueOf(tag));
    }

    /** The app language for a locale: Chinese for any zh locale, English otherwise. */
    public static Language of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH_CN : EN;
    }
}
