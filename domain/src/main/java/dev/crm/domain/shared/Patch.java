package dev.crm.domain.shared;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A partial edit of a record: which fields change, and their new values (the other fields of {@code values}
 * mean nothing). The one shape every update command and update event uses, so merging, conflict detection and
 * the audit trail are written once for all aggregates.
 */
public record Patch<D extends Record>(Set<String> fields, D values) {

    public Patch {
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        if (!fields.isEmpty()) {
            Objects.requireNonNull(values, "values");
            for (String field : fields) {
                if (!Records.hasField(values.getClass(), field)) {
                    throw new IllegalArgumentException("unknown field " + field);
                }
            }
        }
    }

    public static <D extends Record> Patch<D> of(D values, Collection<String> fields) {
        return new Patch<>(new LinkedHashSet<>(fields), values);
    }

    /** Every field of {@code after} that differs from {@code before}: what a form edit really changed. */
    public static <D extends Record> Patch<D> between(D before, D after) {
        Map<String, Object> old = Records.toMap(before);
        Set<String> changed = new LinkedHashSet<>();
        Records.toMap(after).forEach((field, value) -> {
            if (!Objects.equals(old.get(field), value)) {
                changed.add(field);
            }
        });
        return new Patch<>(changed, after);
    }

    public boolean hasChanges() {
        return !fields.isEmpty();
    }

    public boolean touches(String field) {
        return fields.contains(field);
    }

    public Object value(String field) {
        return Records.get(values, field);
    }

    /** New values by field, in the record's declaration order. */
    public Map<String, Object> changes() {
        if (!hasChanges()) {
            return Map.of();
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        Records.toMap(values).forEach((field, value) -> {
            if (fields.contains(field)) {
                changes.put(field, value);
            }
        });
        return changes;
    }

    public D applyTo(D current) {
        return hasChanges() ? Records.with(current, changes()) : current;
    }

    /**
     * This patch without the fields that would not change {@code current}, carrying the complete resulting state
     * as its values: what an event records, so a reader of the event alone knows both what changed and the result.
     */
    public Patch<D> effectiveAgainst(D current) {
        Set<String> effective = new LinkedHashSet<>();
        changes().forEach((field, value) -> {
            if (!Objects.equals(Records.get(current, field), value)) {
                effective.add(field);
            }
        });
        return new Patch<>(effective, applyTo(current));
    }
}
