package dev.crm.domain.shared;

/** A rejected input field and why, in words a user can act on. */
public record FieldError(String field, String message) {}
