package dev.crm.web.support;

import java.util.Locale;
import java.util.Map;

/** Codes such as {@code IN_PROGRESS} as people read them: "In progress". */
public final class EnumLabels {

    /** Codes whose words are not just their letters. */
    private static final Map<String, String> IRREGULAR = Map.of("TODO", "To do");

    private EnumLabels() {}

    /** @param code an enum constant, or its name as text (as the audit trail stores it); null reads as a dash */
    public static String of(Object code) {
        if (code == null) {
            return "—";
        }
        String name = code instanceof Enum<?> constant ? constant.name() : code.toString();
        if (IRREGULAR.containsKey(name)) {
            return IRREGULAR.get(name);
        }
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? "—" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
