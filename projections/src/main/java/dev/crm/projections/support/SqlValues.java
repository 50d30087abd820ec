package dev.crm.projections.support;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/** Java values of record fields as JDBC parameters, and back: enums as their names, instants as UTC times, id sets as uuid[]. */
public final class SqlValues {

    private SqlValues() {}

    public static Object parameter(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC); // the driver binds no Instant
        }
        if (value instanceof Collection<?> ids) {
            return uuidArray(ids);
        }
        return value;
    }

    public static SqlTypeValue uuidArray(Collection<?> ids) {
        Object[] elements = ids.toArray();
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(java.sql.Connection connection, int sqlType, String typeName)
                    throws SQLException {
                return connection.createArrayOf("uuid", elements);
            }
        };
    }

    public static Set<UUID> uuids(Array array) throws SQLException {
        Set<UUID> ids = new LinkedHashSet<>();
        if (array != null) {
            for (Object id : (Object[]) array.getArray()) {
                ids.add((UUID) id);
            }
        }
        return ids;
    }
}
