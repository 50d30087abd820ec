package dev.crm.domain.shared;

/** Invariants every aggregate checks itself, whatever validation ran before the command. */
public final class Required {

    private Required() {}

    public static void field(String field, Object value, String message) {
        if (value == null) {
            throw InvalidInputException.of(field, message);
        }
    }
}
