package dev.crm.web.aikey;

import dev.crm.assistant.keys.AiKeyChange;
import dev.crm.assistant.keys.AiKeyService;
import dev.crm.assistant.keys.NewAiKey;
import dev.crm.domain.shared.Actor;
import dev.crm.projections.aikey.AiKeyView;
import dev.crm.projections.audit.HistoryEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Settings → AI keys over REST: the workspace owner's provider keys; a key is never returned, only its last four. */
@Tag(name = "AI keys", description = "The workspace's language-model provider keys (workspace owner only)")
@RestController
@RequestMapping("/api/workspace/ai-keys")
public class AiKeyController {

    private final AiKeyService keys;

    public AiKeyController(AiKeyService keys) {
        this.keys = keys;
    }

    @Operation(operationId = "listAiKeys", summary = "The workspace's AI provider keys, the default first")
    @GetMapping
    Keys list(Actor actor) {
        return new Keys(keys.list(actor.userId()));
    }

    @Operation(
            operationId = "addAiKey",
            summary = "Add a provider key: checked with the provider first (422 with its reason if refused)")
    @ApiResponse(responseCode = "201", description = "Added", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<AiKeyView> add(Actor actor, @RequestBody NewAiKey key) {
        AiKeyView added = keys.add(actor, key);
        return ResponseEntity.created(URI.create("/api/workspace/ai-keys/" + added.id()))
                .body(added);
    }

    @Operation(
            operationId = "changeAiKey",
            summary = "Rotate a key (replaced only once the provider accepts the new one), or change model, label,"
                    + " base URL or default")
    @PutMapping("/{id}")
    AiKeyView change(Actor actor, @PathVariable UUID id, @RequestBody AiKeyChange change) {
        return keys.change(actor, id, change);
    }

    @Operation(operationId = "revokeAiKey", summary = "Revoke a key: its ciphertext is deleted")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(Actor actor, @PathVariable UUID id) {
        keys.revoke(actor, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "getAiKeyHistory", summary = "Who added, rotated, changed a key, and when (never the key)")
    @GetMapping("/{id}/history")
    List<HistoryEntry> history(Actor actor, @PathVariable UUID id) {
        keys.list(actor.userId()); // owner only, as every key operation
        return keys.history(actor.userId(), id);
    }

    record Keys(List<AiKeyView> items) {}
}
