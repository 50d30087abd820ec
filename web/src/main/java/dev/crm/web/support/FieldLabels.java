package dev.crm.web.support;

import java.util.Map;

/** How a record's fields are called on screen, for messages that name fields (history, conflicts). */
public record FieldLabels(Map<String, String> labels) {

    public FieldLabels {
        labels = Map.copyOf(labels);
    }

    public String of(String field) {
        return labels.getOrDefault(field, field);
    }

    /** A field value as text; an empty field shows as a dash rather than nothing. */
    public static String valueText(Object value) {
        return value == null || value.toString().isBlank() ? "—" : value.toString();
    }
}
