package dev.crm.application.shared;

import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.Text;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Values PostgreSQL would refuse or store altered, found before anything is sent: text with NUL characters (which
 * {@code text} cannot hold) or unpaired UTF-16 surrogates (which UTF-8 cannot encode, so the driver would store a
 * replacement character), control characters other than tab and line breaks, text that shows nothing (only
 * zero-width or other invisible characters), and dates outside the years 1 to 9999. Checked for every channel, on
 * every record input.
 */
public final class StorableValues {

    private static final Instant FIRST = LocalDate.of(1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LAST =
            LocalDate.of(9999, 12, 31).atTime(23, 59, 59).toInstant(ZoneOffset.UTC);

    private StorableValues() {}

    /** Every component of a record. */
    public static List<FieldError> of(Record input) {
        List<FieldError> errors = new ArrayList<>();
        for (RecordComponent component : input.getClass().getRecordComponents()) {
            try {
                check(component.getName(), component.getAccessor().invoke(input), errors);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return errors;
    }

    /** The changed values of a patch. */
    public static List<FieldError> of(Map<String, Object> values) {
        List<FieldError> errors = new ArrayList<>();
        values.forEach((field, value) -> check(field, value, errors));
        return errors;
    }

    /** One value; empty when storable. */
    public static List<FieldError> of(String field, Object value) {
        List<FieldError> errors = new ArrayList<>();
        check(field, value, errors);
        return errors;
    }

    private static void check(String field, Object value, List<FieldError> errors) {
        String problem = problem(value);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        } else if (value instanceof Collection<?> values) {
            values.stream()
                    .map(StorableValues::problem)
                    .filter(p -> p != null)
                    .findFirst()
                    .ifPresent(p -> errors.add(new FieldError(field, p)));
        }
    }

    private static String problem(Object value) {
        if (value instanceof String text) {
            String unstorable = Text.unstorable(text);
            return unstorable != null || !Text.looksBlank(text)
                    ? unstorable
                    : "Must contain visible characters (this shows nothing)";
        }
        Instant instant = null;
        if (value instanceof LocalDate date) {
            instant = date.atStartOfDay().toInstant(ZoneOffset.UTC);
        } else if (value instanceof LocalDateTime dateTime) {
            instant = dateTime.toInstant(ZoneOffset.UTC);
        } else if (value instanceof OffsetDateTime dateTime) {
            instant = dateTime.toInstant();
        } else if (value instanceof Instant given) {
            instant = given;
        }
        return instant != null && (instant.isBefore(FIRST) || instant.isAfter(LAST))
                ? "Must be a date between the years 1 and 9999"
                : null;
    }
}
