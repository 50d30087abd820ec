package dev.crm.application.shared;

import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.FieldConflict;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.StaleVersionException;
import java.util.List;
import java.util.Set;

/**
 * What a change to a record is based on. Either the version its editor saw ({@link Seen}: changes made since are
 * merged, overlapping ones are a conflict — the rule of the UI and of {@code "version"} in a request body), or a
 * condition on the record's current version ({@link OneOf}, HTTP {@code If-Match}: exactly that version or nothing),
 * or no condition at all ({@link Any}, {@code If-Match: *} or a delete without one).
 */
public sealed interface BaseVersion {

    Any ANY = new Any();

    static BaseVersion seen(long version) {
        return new Seen(version);
    }

    static BaseVersion oneOf(Set<Long> versions) {
        return new OneOf(Set.copyOf(versions));
    }

    /** @return the version the change is to be settled against, given the record's current one */
    long against(long current);

    /** @return the version the record must still be at when the aggregate applies the change, if any */
    default Long required(long current) {
        return null;
    }

    record Seen(long version) implements BaseVersion {
        @Override
        public long against(long current) {
            if (version < 1) {
                throw InvalidInputException.of("version", "Must be a positive whole number");
            }
            if (version > current) {
                // the same answer for a record that was never at that version as for one the user may not see
                throw new EditConflictException(List.of(new FieldConflict("version", current, version)), current);
            }
            return version;
        }
    }

    record OneOf(Set<Long> versions) implements BaseVersion {
        @Override
        public long against(long current) {
            if (!versions.contains(current)) {
                throw new StaleVersionException(current);
            }
            return current;
        }

        @Override
        public Long required(long current) {
            return current;
        }
    }

    record Any() implements BaseVersion {
        @Override
        public long against(long current) {
            return current;
        }
    }
}
