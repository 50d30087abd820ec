package dev.crm.web.contact;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crm.application.contact.ContactService;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.projections.audit.HistoryEntry;
import dev.crm.projections.contact.ContactView;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import dev.crm.web.support.PatchReader;
import dev.crm.web.support.PatchReader.VersionedPatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contacts")
public class ContactController {

    private final ContactService contacts;
    private final PatchReader patches;

    public ContactController(ContactService contacts, PatchReader patches) {
        this.contacts = contacts;
        this.patches = patches;
    }

    @GetMapping
    Page<ContactView> list(Actor actor,
                           @RequestParam(defaultValue = "" + PageRequest.DEFAULT_LIMIT) int limit,
                           @RequestParam(required = false) String cursor,
                           @RequestParam(required = false) String sort,
                           @RequestParam(required = false) String q) {
        return contacts.list(actor.userId(), new PageRequest(limit, cursor, sort, q));
    }

    @PostMapping
    ResponseEntity<ContactView> create(Actor actor, @RequestBody ContactDetails details) {
        ContactView created = contacts.create(actor, details);
        return ResponseEntity.created(URI.create("/api/contacts/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    ContactView get(Actor actor, @PathVariable UUID id) {
        return contacts.get(actor.userId(), id);
    }

    @PutMapping("/{id}")
    ContactView update(Actor actor, @PathVariable UUID id, @RequestBody ObjectNode body) {
        VersionedPatch<ContactDetails> edit = patches.read(body, ContactDetails.class);
        return contacts.update(actor, id, edit.version(), edit.patch());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        contacts.delete(actor, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(Actor actor, @PathVariable UUID id) {
        return contacts.history(actor.userId(), id);
    }
}
