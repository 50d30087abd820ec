package dev.crm.web.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crm.application.shared.RecordService;
import dev.crm.domain.shared.Actor;
import dev.crm.projections.audit.HistoryEntry;
import dev.crm.projections.support.Versioned;
import dev.crm.web.support.PatchReader.VersionedPatch;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The REST endpoints every record type shares, under the subclass's path: read (with its version as ETag), partial
 * update by PUT or JSON merge patch, delete, history. Subclasses add their list (with its filters) and create.
 * An update is based on the {@code version} in its body or on an {@code If-Match} header; see {@link EntityTags}.
 */
public abstract class RecordController<D extends Record, V extends Versioned> {

    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final RecordService<D, V> service;
    private final PatchReader patches;
    private final Class<D> detailsType;

    protected RecordController(RecordService<D, V> service, PatchReader patches, Class<D> detailsType) {
        this.service = service;
        this.patches = patches;
        this.detailsType = detailsType;
    }

    public Class<D> detailsType() {
        return detailsType;
    }

    @GetMapping("/{id}")
    public ResponseEntity<V> get(Actor actor, @PathVariable UUID id) {
        V record = service.get(actor.userId(), id);
        return ResponseEntity.ok()
                .eTag(EntityTags.of(record.version()))
                .header("Accept-Patch", MERGE_PATCH_JSON)
                .body(record);
    }

    /** Body: {@code {"version": n, ...the fields to change}}; absent fields stay, null clears. */
    @PutMapping("/{id}")
    public ResponseEntity<V> update(
            Actor actor,
            @PathVariable UUID id,
            @RequestBody ObjectNode body,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return change(actor, id, body, ifMatch);
    }

    /** RFC 7396: the same rules as {@link #update}, for clients that speak JSON merge patch. */
    @PatchMapping(path = "/{id}", consumes = MERGE_PATCH_JSON)
    public ResponseEntity<V> patch(
            Actor actor,
            @PathVariable UUID id,
            @RequestBody ObjectNode body,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        return change(actor, id, body, ifMatch);
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> delete(
            Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch) {
        service.delete(actor, id, EntityTags.condition(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/history")
    public List<HistoryEntry> history(Actor actor, @PathVariable UUID id) {
        return service.history(actor.userId(), id);
    }

    /** 201 with the new record, where it lives, and its ETag. */
    protected static <R extends Versioned> ResponseEntity<R> created(String location, R record) {
        return ResponseEntity.created(URI.create(location))
                .eTag(EntityTags.of(record.version()))
                .body(record);
    }

    private ResponseEntity<V> change(Actor actor, UUID id, ObjectNode body, String ifMatch) {
        VersionedPatch<D> edit = patches.read(body, detailsType, () -> service.get(actor.userId(), id));
        V changed = service.update(actor, id, EntityTags.base(edit.version(), ifMatch), edit.patch());
        return ResponseEntity.ok().eTag(EntityTags.of(changed.version())).body(changed);
    }
}
