package dev.crm.web.support;

import com.vaadin.flow.function.SerializableFunction;
import java.util.Locale;
import java.util.UUID;

/**
 * What the generic record screens need to know about one kind of record: what it is called and how to read the
 * id, the version, the editable details and a title from how it is read ({@code V}, e.g. {@code ContactView}).
 *
 * @param noun what one record is called in messages, lower case ("contact"); also the prefix of element ids
 */
public record RecordKind<D extends Record, V>(
        String noun,
        SerializableFunction<V, UUID> id,
        SerializableFunction<V, Long> version,
        SerializableFunction<V, D> details,
        SerializableFunction<V, String> title) {

    /** "Contact", for the start of a sentence. */
    public String capitalizedNoun() {
        return noun.substring(0, 1).toUpperCase(Locale.ROOT) + noun.substring(1);
    }

    /** "contact-save": element ids of this kind's screens. */
    public String elementId(String suffix) {
        return noun.replace(' ', '-') + "-" + suffix;
    }
}
