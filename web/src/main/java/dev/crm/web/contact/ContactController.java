package dev.crm.web.contact;

import dev.crm.application.contact.ContactService;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.projections.contact.ContactView;
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

@Tag(name = "Contacts", description = "People the user keeps in touch with")
@RestController
@RequestMapping("/api/contacts")
public class ContactController extends RecordController<ContactDetails, ContactView> {

    private final ContactService contacts;

    public ContactController(ContactService contacts, PatchReader patches) {
        super(contacts, patches, ContactDetails.class);
        this.contacts = contacts;
    }

    @Operation(operationId = "listContacts", summary = "List contacts: search, sort, page")
    @GetMapping
    Page<ContactView> list(Actor actor, @ParameterObject PageRequest page) {
        return contacts.list(actor.userId(), page);
    }

    @Operation(operationId = "createContact", summary = "Create a contact")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<ContactView> create(Actor actor, @RequestBody ContactDetails details) {
        ContactView created = contacts.create(actor, details);
        return created("/api/contacts/" + created.id(), created);
    }
}
