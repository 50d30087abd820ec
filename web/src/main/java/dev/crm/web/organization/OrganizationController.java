package dev.crm.web.organization;

import dev.crm.application.organization.OrganizationService;
import dev.crm.domain.organization.OrganizationDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.projections.organization.OrganizationView;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import dev.crm.web.support.PatchReader;
import dev.crm.web.support.RecordController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Organizations", description = "Companies and other organizations")
@RestController
@RequestMapping("/api/organizations")
public class OrganizationController extends RecordController<OrganizationDetails, OrganizationView> {

    private final OrganizationService organizations;

    public OrganizationController(OrganizationService organizations, PatchReader patches) {
        super(organizations, patches, OrganizationDetails.class);
        this.organizations = organizations;
    }

    @Operation(operationId = "listOrganizations", summary = "List organizations: search, sort, page")
    @GetMapping
    Page<OrganizationView> list(Actor actor, @ParameterObject PageRequest page) {
        return organizations.list(actor.userId(), page);
    }

    @Operation(operationId = "createOrganization", summary = "Create an organization")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<OrganizationView> create(Actor actor, @RequestBody OrganizationDetails details) {
        OrganizationView created = organizations.create(actor, details);
        return created("/api/organizations/" + created.id(), created);
    }
}
