package dev.crm.web.support;

import java.util.Locale;

/** Codes such as {@code IN_PROGRESS} as people read them: "In progress". */
public final class EnumLabels {

    private EnumLabels() {
    }

    /** @param code an enum constant, or its name as text (as the audit trail stores it); null reads as a dash */
    public static String of(Object code) {
        if (code == null) {
            return "—";
        }
        String words = (code instanceof Enum<?> constant ? constant.name() : code.toString())
                .replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? "—" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
