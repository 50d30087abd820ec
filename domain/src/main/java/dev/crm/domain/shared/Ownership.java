package dev.crm.domain.shared;

import java.util.UUID;

import org.axonframework.messaging.MetaData;

/** Only a record's owner may change it; to anyone else it does not exist. */
public final class Ownership {

    private Ownership() {
    }

    public static void requireOwner(UUID ownerId, MetaData metaData, String type, UUID recordId) {
        if (!ownerId.equals(Actor.from(metaData).userId())) {
            throw new RecordNotFoundException(type, recordId);
        }
    }
}
