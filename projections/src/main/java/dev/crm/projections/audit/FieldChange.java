package dev.crm.projections.audit;

/** One field as an event changed it. */
public record FieldChange(String field, Object oldValue, Object newValue) {}
