package dev.crm.web.workspace;

import dev.crm.projections.project.Person;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Names of people by id, for fields that hold user ids (assignees). Someone no longer known here (who left the
 * workspace) reads as a former member rather than as an id.
 */
public final class PeopleNames implements Serializable {

    private final Map<UUID, String> names = new HashMap<>();

    public PeopleNames know(Collection<Person> people) {
        people.forEach(person -> names.put(person.id(), person.name()));
        return this;
    }

    public PeopleNames know(UUID id, String name) {
        names.put(id, name);
        return this;
    }

    public String of(UUID id) {
        return id == null ? "" : names.getOrDefault(id, "Former member");
    }

    /**
     * @param value a user id as a record holds it or as the audit trail stored it (text), or a collection of them
     * @return their names, by name; a dash when there are none
     */
    public String ofValue(Object value) {
        if (value instanceof Collection<?> ids) {
            String joined = ids.stream()
                    .map(id -> of(UUID.fromString(id.toString())))
                    .sorted()
                    .collect(Collectors.joining(", "));
            return joined.isEmpty() ? "—" : joined;
        }
        return value == null ? "—" : of(UUID.fromString(value.toString()));
    }
}
