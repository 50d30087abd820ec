package dev.crm.domain.shared;

/** One field that someone else changed since the editor loaded the record. */
public record FieldConflict(String field, Object currentValue, Object yourValue) {}
