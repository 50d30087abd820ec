package dev.crm.application.shared;

import org.axonframework.common.IdentifierFactory;

/**
 * Axon's message identifiers from {@link Ids} instead of {@code UUID.randomUUID()}; Axon finds this factory through
 * {@code META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public class AxonIdentifiers extends IdentifierFactory {

    @Override
    public String generateIdentifier() {
        return Ids.newId().toString();
    }
}
