package dev.crm.domain.shared;

import java.util.UUID;

/** The record does not exist for this actor: missing, deleted, or someone else's (never told apart, by design). */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String type, UUID id) {
        super(type + " " + id + " not found");
    }
}
