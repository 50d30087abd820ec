package dev.crm.web.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Calendar days (due dates) as the user reads them. A day has no time zone; moments (created, updated) are shown
 * with {@code Viewer#dateTimeFormat}, in the user's zone.
 */
public final class DateFormats {

    private DateFormats() {}

    public static DateTimeFormatter day(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** A day, or an empty text when there is none, for grid cells. */
    public static String day(DateTimeFormatter format, LocalDate date) {
        return date == null ? "" : format.format(date);
    }

    /** A day as stored in the audit trail ({@code 2026-03-01}) or as a {@link LocalDate}; a dash when none. */
    public static String storedDay(DateTimeFormatter format, Object value) {
        return value == null ? "—" : format.format(LocalDate.parse(value.toString()));
    }
}
