package org.gigforge.platform.internal;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text comes from {@code vaadin-i18n/translations*.properties}: English (the
 * base bundle) and German. Unknown languages fall back to English.
 */
@Component
class Translations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n/translations";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_SYSTEM_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for '{}' ({})", key, locale);
            return "!" + key;
        }
    }

    private static Locale supported(Locale locale) {
        return "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ROOT;
    }
}
