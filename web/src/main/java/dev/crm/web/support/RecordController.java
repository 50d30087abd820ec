package dev.crm.web.support;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crm.projections.support.Versioned;
import dev.crm.application.shared.RecordService;
import dev.crm.domain.shared.Actor;
import dev.crm.projections.audit.HistoryEntry;
import dev.crm.web.support.PatchReader.VersionedPatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The REST endpoints every record type shares, under the subclass's path: read, partial update from a version,
 * delete, history. Subclasses add their list (with its filters) and create.
 */
public abstract class RecordController<D extends Record, V extends Versioned> {

    private final RecordService<D, V> service;
    private final PatchReader patches;
    private final Class<D> detailsType;

    protected RecordController(RecordService<D, V> service, PatchReader patches, Class<D> detailsType) {
        this.service = service;
        this.patches = patches;
        this.detailsType = detailsType;
    }

    @GetMapping("/{id}")
    public V get(Actor actor, @PathVariable UUID id) {
        return service.get(actor.userId(), id);
    }

    /** Body: {@code {"version": n, ...the fields to change}}; absent fields stay, null clears. */
    @PutMapping("/{id}")
    public V update(Actor actor, @PathVariable UUID id, @RequestBody ObjectNode body) {
        VersionedPatch<D> edit = patches.read(body, detailsType, () -> service.get(actor.userId(), id));
        return service.update(actor, id, edit.version(), edit.patch());
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        service.delete(actor, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/history")
    public List<HistoryEntry> history(Actor actor, @PathVariable UUID id) {
        return service.history(actor.userId(), id);
    }
}
