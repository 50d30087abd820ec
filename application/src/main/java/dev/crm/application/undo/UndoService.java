package dev.crm.application.undo;

import dev.crm.application.shared.BaseVersion;
import dev.crm.application.shared.RecordService;
import dev.crm.application.shared.RecordServices;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.StaleVersionException;
import dev.crm.projections.audit.ActionChange;
import dev.crm.projections.audit.FieldChange;
import dev.crm.projections.audit.HistoryQueries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reverts one user action as a whole, from the audit trail of the changes it made, newest first: a create by a
 * delete, an update by setting the changed fields back, a delete by restoring the record from its events. All in one
 * transaction: when one step is refused (someone changed the same fields since), nothing is undone.
 */
@Service
public class UndoService {

    private final HistoryQueries history;
    private final RecordServices services;

    public UndoService(HistoryQueries history, RecordServices services) {
        this.history = history;
        this.services = services;
    }

    /**
     * @param actor    who undoes, with the new action id the reverting changes are grouped under
     * @param actionId the action to undo
     * @return the reverting steps, as done
     * @throws NotAllowedException when the action changed nothing this user can see
     */
    @Transactional
    public List<UndoneChange> undo(Actor actor, UUID actionId) {
        List<ActionChange> changes = new ArrayList<>(history.ofAction(actor.userId(), actionId));
        if (changes.isEmpty()) {
            throw new NotAllowedException("That action changed nothing that can be undone", List.of());
        }
        Collections.reverse(changes);
        List<UndoneChange> undone = new ArrayList<>();
        for (ActionChange change : changes) {
            undone.add(revert(actor, change));
        }
        return undone;
    }

    private UndoneChange revert(Actor actor, ActionChange change) {
        RecordService<?, ?> service = services.of(change.recordType());
        UUID id = change.recordId();
        if (change.isCreate() || change.isRestore()) {
            try {
                // only the record as the action left it: a later edit by anyone is not thrown away
                service.delete(actor, id, BaseVersion.oneOf(Set.of(change.version())));
            } catch (StaleVersionException changedSince) {
                throw new NotAllowedException(
                        change.recordType() + " " + id + " was changed after it was created; delete it yourself if "
                                + "it should go",
                        List.of());
            }
            return new UndoneChange(change.recordType(), id, UndoneChange.Kind.DELETED);
        }
        if (change.isDelete()) {
            service.restore(actor, id);
            return new UndoneChange(change.recordType(), id, UndoneChange.Kind.RESTORED);
        }
        Map<String, Object> previous = new LinkedHashMap<>();
        for (FieldChange field : change.changes()) {
            previous.put(field.field(), field.oldValue());
        }
        service.revert(actor, id, change.version(), previous);
        return new UndoneChange(change.recordType(), id, UndoneChange.Kind.REVERTED);
    }
}
