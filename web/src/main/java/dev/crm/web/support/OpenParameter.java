package dev.crm.web.support;

import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The record a list page is asked to open in its edit dialog, by {@code ?open=<id>}: how a link (from the
 * assistant's action cards) reaches a contact, organization or task, which have no page of their own.
 */
public final class OpenParameter {

    public static final String NAME = "open";

    private OpenParameter() {}

    /** The id asked for; nothing when there is none or it is not an id. */
    public static Optional<UUID> of(Location location) {
        List<String> values = location.getQueryParameters().getParameters().getOrDefault(NAME, List.of());
        if (values.size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(values.get(0)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
