package org.gigforge.taxonomy;

import java.util.Locale;

/** A category of work, e.g. {@code web-development}. Names exist in English and German. */
public record Category(String code, String nameEn, String nameDe) {

    public String name(Locale locale) {
        return "de".equals(locale.getLanguage()) ? nameDe : nameEn;
    }
}
