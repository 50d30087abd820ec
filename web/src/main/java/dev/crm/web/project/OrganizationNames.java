package dev.crm.web.project;

import dev.crm.application.organization.OrganizationService;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.projections.organization.OrganizationView;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Names of organizations by id, for a project's organization field. Remembered as the user's organizations are
 * listed, or told up front (a project's own organization: someone assigned to a project cannot read the owner's
 * organizations); otherwise looked up.
 */
class OrganizationNames implements Serializable {

    private final OrganizationService organizations;
    private final UUID userId;
    private final Map<UUID, String> names = new HashMap<>();

    OrganizationNames(OrganizationService organizations, UUID userId) {
        this.organizations = organizations;
        this.userId = userId;
    }

    OrganizationNames know(UUID id, String name) {
        if (id != null && name != null) {
            names.put(id, name);
        }
        return this;
    }

    String of(UUID id) {
        return names.computeIfAbsent(id, this::lookUp);
    }

    /** Lists the user's organizations as their ids, remembering their names. */
    Page<UUID> list(PageRequest request) {
        Page<OrganizationView> page = organizations.list(userId, request);
        page.items().forEach(organization -> names.put(organization.id(), organization.name()));
        return new Page<>(page.items().stream().map(OrganizationView::id).toList(), page.nextCursor());
    }

    private String lookUp(UUID id) {
        try {
            return organizations.get(userId, id).name();
        } catch (RecordNotFoundException gone) {
            return "Organization no longer available";
        }
    }
}
