package dev.crm.domain.shared;

import java.util.UUID;

/** The record does not exist for this actor: missing, deleted, or someone else's (never told apart, by design). */
public class RecordNotFoundException extends RuntimeException {

    private final String type;
    private final UUID id;

    public RecordNotFoundException(String type, UUID id) {
        super(type + " " + id + " not found");
        this.type = type;
        this.id = id;
    }

    public String type() {
        return type;
    }

    public UUID id() {
        return id;
    }
}
