package dev.crm.application.contact;

import dev.crm.application.shared.RecordService;
import dev.crm.application.shared.RecordServiceSupport;
import dev.crm.domain.contact.Contact;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.contact.CreateContact;
import dev.crm.domain.contact.DeleteContact;
import dev.crm.domain.contact.RestoreContact;
import dev.crm.domain.contact.UpdateContact;
import dev.crm.domain.shared.Actor;
import dev.crm.projections.contact.ContactQueries;
import dev.crm.projections.contact.ContactView;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Contacts use cases, the same for the web UI, the REST API and the assistant. */
@Service
public class ContactService extends RecordService<ContactDetails, ContactView> {

    private final ContactQueries queries;

    public ContactService(RecordServiceSupport support, ContactQueries queries) {
        super(
                Contact.TYPE,
                support,
                new Commands<>(UpdateContact::new, DeleteContact::new, RestoreContact::new),
                queries::find);
        this.queries = queries;
    }

    public ContactView create(Actor actor, ContactDetails details) {
        return create(actor, details, id -> new CreateContact(id, details));
    }

    public Page<ContactView> list(UUID userId, PageRequest request) {
        return queries.list(userId, request);
    }
}
