package dev.crm.application.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every record type's service by its type name, for work that spans record types (undo, the assistant's tools). */
@Component
public class RecordServices {

    private final Map<String, RecordService<?, ?>> byType;

    public RecordServices(List<RecordService<?, ?>> services) {
        this.byType = services.stream().collect(Collectors.toMap(RecordService::recordType, Function.identity()));
    }

    /** @throws IllegalArgumentException for a type no service serves */
    public RecordService<?, ?> of(String recordType) {
        RecordService<?, ?> service = byType.get(recordType);
        if (service == null) {
            throw new IllegalArgumentException("No record type " + recordType);
        }
        return service;
    }
}
