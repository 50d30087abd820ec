package dev.crm.application.contact;

import java.util.List;
import java.util.UUID;

import dev.crm.application.shared.CommandDispatcher;
import dev.crm.application.shared.InputValidator;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.contact.CreateContact;
import dev.crm.domain.contact.DeleteContact;
import dev.crm.domain.contact.UpdateContact;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.domain.shared.Versions;
import dev.crm.projections.audit.HistoryEntry;
import dev.crm.projections.audit.HistoryQueries;
import dev.crm.projections.contact.ContactQueries;
import dev.crm.projections.contact.ContactView;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import org.springframework.stereotype.Service;

/** Contacts use cases, the same for the web UI, the REST API and the assistant. */
@Service
public class ContactService {

    public static final String RECORD_TYPE = "Contact";

    private final CommandDispatcher commands;
    private final ContactQueries queries;
    private final HistoryQueries history;
    private final InputValidator validator;

    public ContactService(CommandDispatcher commands, ContactQueries queries, HistoryQueries history,
                          InputValidator validator) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.validator = validator;
    }

    public ContactView create(Actor actor, ContactDetails details) {
        validator.validate(details);
        UUID id = UUID.randomUUID();
        commands.send(new CreateContact(id, details), actor, RECORD_TYPE, id);
        return get(actor.userId(), id);
    }

    /**
     * @param version the version the editor saw; changes made since then to other fields are kept, changes to
     *                the same fields raise {@link dev.crm.domain.shared.EditConflictException}
     */
    public ContactView update(Actor actor, UUID id, long version, Patch<ContactDetails> patch) {
        validator.validate(patch);
        commands.send(new UpdateContact(id, Versions.toSequence(version), patch), actor, RECORD_TYPE, id);
        return get(actor.userId(), id);
    }

    public void delete(Actor actor, UUID id) {
        commands.send(new DeleteContact(id), actor, RECORD_TYPE, id);
    }

    public ContactView get(UUID userId, UUID id) {
        return queries.find(userId, id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    public Page<ContactView> list(UUID userId, PageRequest request) {
        return queries.list(userId, request);
    }

    public List<HistoryEntry> history(UUID userId, UUID id) {
        List<HistoryEntry> entries = history.of(userId, RECORD_TYPE, id);
        if (entries.isEmpty()) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        return entries;
    }
}
