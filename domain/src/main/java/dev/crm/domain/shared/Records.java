package dev.crm.domain.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and rebuilds records field by field: the one place where generic field handling meets Java types. */
public final class Records {

    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type + " is not a record");
            }
            return List.of(type.getRecordComponents());
        }
    };

    private Records() {}

    public static List<String> fieldNames(Class<? extends Record> type) {
        return COMPONENTS.get(type).stream().map(RecordComponent::getName).toList();
    }

    public static boolean hasField(Class<? extends Record> type, String name) {
        return COMPONENTS.get(type).stream().anyMatch(c -> c.getName().equals(name));
    }

    /** All fields in declaration order, nulls included. */
    public static Map<String, Object> toMap(Record record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            values.put(component.getName(), read(record, component));
        }
        return values;
    }

    public static Object get(Record record, String name) {
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            if (component.getName().equals(name)) {
                return read(record, component);
            }
        }
        throw new IllegalArgumentException("no field " + name + " in " + record.getClass());
    }

    /** A copy of {@code base} with the given fields replaced. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R base, Map<String, ?> changes) {
        List<RecordComponent> components = COMPONENTS.get(base.getClass());
        Object[] args = new Object[components.size()];
        for (int i = 0; i < args.length; i++) {
            RecordComponent component = components.get(i);
            args[i] =
                    changes.containsKey(component.getName()) ? changes.get(component.getName()) : read(base, component);
        }
        try {
            Class<?>[] types = components.stream().map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<R> constructor = (Constructor<R>) base.getClass().getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + base.getClass() + " from " + Arrays.toString(args), e);
        }
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
