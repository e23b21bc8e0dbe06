package org.gigforge.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/** Dates, times and money for people: in the UI's locale and the browser's time zone. */
public final class Formats {

    /** Session attribute holding the browser's time zone, set by the main layout. */
    public static final String TIME_ZONE_ATTRIBUTE = "gigforge.timeZone";

    private Formats() {}

    public static String money(@Nullable Money money) {
        return money == null ? "" : money.format(locale());
    }

    public static String date(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale()).withZone(zone()).format(instant);
    }

    /** A calendar day, such as a due date: no time zone to convert. */
    public static String date(java.time.@Nullable LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    public static String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(zone()).format(instant);
    }

    /** "5 minutes ago", "3 days ago"; older than a month shows the date. */
    public static String ago(Component anchor, @Nullable Instant instant, Instant now) {
        if (instant == null) {
            return "";
        }
        Duration age = Duration.between(instant, now);
        if (age.toMinutes() < 1) {
            return anchor.getTranslation("time.just-now");
        } else if (age.toHours() < 1) {
            return anchor.getTranslation("time.minutes-ago", age.toMinutes());
        } else if (age.toDays() < 1) {
            return anchor.getTranslation("time.hours-ago", age.toHours());
        } else if (age.toDays() < 31) {
            return anchor.getTranslation("time.days-ago", age.toDays());
        }
        return date(instant);
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.ENGLISH;
    }

    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(TIME_ZONE_ATTRIBUTE);
        return zone instanceof ZoneId id ? id : ZoneOffset.UTC;
    }
}
