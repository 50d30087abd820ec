package dev.crm.assistant.tools;

import java.util.LinkedHashSet;
import java.util.Set;

/** The fields a model named in an update: only those change; an empty text clears one. */
final class GivenFields {

    private final Set<String> names = new LinkedHashSet<>();

    GivenFields with(String field, Object given) {
        if (given != null) {
            names.add(field);
        }
        return this;
    }

    Set<String> names() {
        return names;
    }

    @Override
    public String toString() {
        return String.join(", ", names);
    }
}
