package dev.crm.assistant.keys;

import dev.crm.application.shared.BaseVersion;
import dev.crm.application.shared.Ids;
import dev.crm.application.shared.RecordService;
import dev.crm.application.shared.RecordServiceSupport;
import dev.crm.application.shared.StorableValues;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.domain.aikey.AddAiKey;
import dev.crm.domain.aikey.AiKey;
import dev.crm.domain.aikey.AiKeyDetails;
import dev.crm.domain.aikey.AiKeyStatus;
import dev.crm.domain.aikey.AiProvider;
import dev.crm.domain.aikey.RevokeAiKey;
import dev.crm.domain.aikey.UpdateAiKey;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.Versions;
import dev.crm.projections.aikey.AiKeyQueries;
import dev.crm.projections.aikey.AiKeyView;
import dev.crm.projections.support.RowSecurity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workspace owner's AI provider keys (Settings → AI keys, {@code /api/workspace/ai-keys}): added and rotated
 * only once the provider accepts them, encrypted at rest ({@link MasterKey}), shown only by their last four
 * characters. Each change is an {@link AiKey} event, so it is in the audit trail — without the key, which lives only
 * as ciphertext in {@code ai_key_secret} and is gone when revoked.
 */
@Service
public class AiKeyService extends RecordService<AiKeyDetails, AiKeyView> {

    private static final int MAX_KEY_LENGTH = 500;

    private final AiKeyQueries queries;
    private final WorkspaceService workspaces;
    private final MasterKey masterKey;
    private final KeyCheck keyCheck;
    private final JdbcClient jdbc;
    private final RowSecurity rowSecurity;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public AiKeyService(
            RecordServiceSupport support,
            AiKeyQueries queries,
            WorkspaceService workspaces,
            MasterKey masterKey,
            KeyCheck keyCheck,
            JdbcClient jdbc,
            RowSecurity rowSecurity,
            PlatformTransactionManager transactions,
            Clock clock) {
        super(
                AiKey.TYPE,
                support,
                new Commands<>(UpdateAiKey::new, RevokeAiKey::new, AiKeyService::noRestore),
                queries::find);
        this.queries = queries;
        this.workspaces = workspaces;
        this.masterKey = masterKey;
        this.keyCheck = keyCheck;
        this.jdbc = jdbc;
        this.rowSecurity = rowSecurity;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The workspace's keys, default first. Owner only. */
    public List<AiKeyView> list(UUID userId) {
        workspaces.requireOwnedWorkspace(userId);
        return queries.list(userId);
    }

    public AiKeyView add(Actor actor, NewAiKey input) {
        UUID workspaceId = workspaces.requireOwnedWorkspace(actor.userId());
        List<FieldError> errors = new ArrayList<>();
        if (input.provider() == null) {
            errors.add(new FieldError("provider", "Required: ANTHROPIC, OPENAI, GEMINI or OPENAI_COMPATIBLE"));
        }
        errors.addAll(keyProblems(input.apiKey(), true));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String baseUrl = ProviderUrls.normalize(input.provider(), input.baseUrl());
        String model = input.model() != null && !input.model().isBlank()
                ? input.model()
                : input.provider().defaultModel();
        AiKeyDetails details = new AiKeyDetails(
                input.provider(),
                input.label(),
                model,
                baseUrl,
                last4(input.apiKey()),
                false,
                AiKeyStatus.VALID,
                clock.instant());
        validator.validate(details);
        requireMasterKey();
        verify(input.provider(), baseUrl, input.apiKey());

        UUID id = Ids.newId();
        return transaction.execute(status -> {
            boolean first = queries.list(actor.userId()).isEmpty();
            boolean isDefault = first || Boolean.TRUE.equals(input.isDefault());
            if (isDefault) {
                clearDefault(actor, null);
            }
            AiKeyDetails stored = withDefault(details, isDefault);
            send(actor, id, new AddAiKey(id, stored));
            storeSecret(actor.userId(), workspaceId, id, input.apiKey());
            return get(actor.userId(), id);
        });
    }

    /** Changes model, label, base URL or default; a new key replaces the old only once the provider accepts it. */
    public AiKeyView change(Actor actor, UUID id, AiKeyChange change) {
        UUID workspaceId = workspaces.requireOwnedWorkspace(actor.userId());
        AiKeyView current = get(actor.userId(), id);
        List<FieldError> errors = new ArrayList<>(keyProblems(change.apiKey(), false));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Set<String> fields = new LinkedHashSet<>();
        String baseUrl = current.baseUrl();
        if (change.baseUrl() != null) {
            baseUrl = ProviderUrls.normalize(current.provider(), change.baseUrl());
            fields.add("baseUrl");
        }
        AiKeyDetails next = new AiKeyDetails(
                current.provider(),
                change.label() != null ? change.label() : current.label(),
                change.model() != null ? change.model() : current.model(),
                baseUrl,
                current.last4(),
                current.isDefault(),
                current.status(),
                current.verifiedAt());
        if (change.label() != null) {
            fields.add("label");
        }
        if (change.model() != null) {
            fields.add("model");
        }
        if (change.apiKey() != null) {
            requireMasterKey();
            verify(current.provider(), baseUrl, change.apiKey());
            next = new AiKeyDetails(
                    next.provider(),
                    next.label(),
                    next.model(),
                    next.baseUrl(),
                    last4(change.apiKey()),
                    next.isDefault(),
                    AiKeyStatus.VALID,
                    clock.instant());
            fields.addAll(List.of("last4", "status", "verifiedAt"));
        } else if (change.baseUrl() != null) {
            // a key checked against one server says nothing of another
            verify(
                    current.provider(),
                    baseUrl,
                    plaintext(actor.userId(), id).orElseThrow(MasterKey.MasterKeyMissingException::new));
        }
        boolean becomesDefault = Boolean.TRUE.equals(change.isDefault()) && !current.isDefault();
        if (becomesDefault) {
            next = withDefault(next, true);
            fields.add("isDefault");
        }
        validator.validate(next);
        AiKeyDetails details = next;
        return transaction.execute(status -> {
            if (becomesDefault) {
                clearDefault(actor, id);
            }
            if (!fields.isEmpty()) {
                send(actor, id, new UpdateAiKey(id, Versions.toSequence(current.version()), Patch.of(details, fields)));
            }
            if (change.apiKey() != null) {
                storeSecret(actor.userId(), workspaceId, id, change.apiKey());
            }
            return get(actor.userId(), id);
        });
    }

    /** Revokes the key: its ciphertext is deleted; the newest remaining key becomes the default if it was. */
    public void revoke(Actor actor, UUID id) {
        workspaces.requireOwnedWorkspace(actor.userId());
        AiKeyView key = get(actor.userId(), id);
        transaction.executeWithoutResult(status -> {
            rowSecurity.actAs(actor.userId());
            jdbc.sql("delete from ai_key_secret where id = :id and owner_id = :owner")
                    .param("id", id)
                    .param("owner", actor.userId())
                    .update();
            delete(actor, id, BaseVersion.ANY);
            if (key.isDefault()) {
                queries.list(actor.userId()).stream()
                        .findFirst()
                        .ifPresent(next -> send(
                                actor,
                                next.id(),
                                new UpdateAiKey(
                                        next.id(),
                                        Versions.toSequence(next.version()),
                                        Patch.of(withDefault(next.details(), true), Set.of("isDefault")))));
            }
        });
    }

    /** The key itself, for calling its provider on the owner's behalf; empty if it cannot be decrypted. */
    public Optional<String> plaintext(UUID ownerId, UUID id) {
        UUID workspaceId = workspaces.requireOwnedWorkspace(ownerId);
        return transaction.execute(status -> {
            rowSecurity.actAs(ownerId);
            return jdbc.sql("select ciphertext from ai_key_secret where id = :id and owner_id = :owner")
                    .param("id", id)
                    .param("owner", ownerId)
                    .query(byte[].class)
                    .optional()
                    .flatMap(ciphertext -> masterKey.decrypt(ciphertext, workspaceId, id));
        });
    }

    /**
     * The providers a member may pick for a conversation, the default's first: those of the workspace's keys that
     * the provider has not refused. Only the providers: a member never sees the keys.
     */
    public List<AiProvider> providersFor(UUID userId) {
        UUID ownerId = workspaces.ownerOf(userId).id();
        return queries.list(ownerId).stream()
                .filter(key -> key.status() != AiKeyStatus.INVALID)
                .map(AiKeyView::provider)
                .distinct()
                .toList();
    }

    /**
     * The key a member's conversation runs on: the workspace's default (or the first of {@code provider}), read on
     * the workspace owner's behalf, whose keys they are.
     */
    public Optional<UsableKey> keyFor(UUID userId, AiProvider provider) {
        UUID ownerId = workspaces.ownerOf(userId).id();
        UUID workspaceId = workspaces.requireOwnedWorkspace(ownerId);
        return queries.list(ownerId).stream()
                .filter(key -> provider == null ? key.isDefault() : key.provider() == provider)
                .findFirst()
                .flatMap(key -> plaintext(ownerId, key.id())
                        .map(text ->
                                new UsableKey(key.id(), ownerId, key.provider(), key.model(), key.baseUrl(), text)));
    }

    /** The provider refused a key it had accepted (401/403): the owner sees it marked, members are told to ask. */
    public void markInvalid(UsableKey key) {
        AiKeyView current = get(key.ownerId(), key.id());
        if (current.status() != AiKeyStatus.INVALID) {
            AiKeyDetails invalid = new AiKeyDetails(
                    current.provider(),
                    current.label(),
                    current.model(),
                    current.baseUrl(),
                    current.last4(),
                    current.isDefault(),
                    AiKeyStatus.INVALID,
                    current.verifiedAt());
            send(
                    Actor.of(key.ownerId(), dev.crm.domain.shared.Channel.ASSISTANT),
                    key.id(),
                    new UpdateAiKey(
                            key.id(), Versions.toSequence(current.version()), Patch.of(invalid, Set.of("status"))));
        }
    }

    private void verify(AiProvider provider, String baseUrl, String apiKey) {
        KeyCheck.Verdict verdict = keyCheck.check(provider, baseUrl, apiKey);
        if (verdict instanceof KeyCheck.Verdict.Refused refused) {
            throw new KeyRefusedException("apiKey", "The provider refused this key: " + refused.reason());
        }
        if (verdict instanceof KeyCheck.Verdict.Unreachable unreachable) {
            throw new KeyRefusedException("baseUrl", "The key could not be checked: " + unreachable.reason());
        }
    }

    private void clearDefault(Actor actor, UUID except) {
        for (AiKeyView other : queries.list(actor.userId())) {
            if (other.isDefault() && !other.id().equals(except)) {
                send(
                        actor,
                        other.id(),
                        new UpdateAiKey(
                                other.id(),
                                Versions.toSequence(other.version()),
                                Patch.of(withDefault(other.details(), false), Set.of("isDefault"))));
            }
        }
    }

    private void storeSecret(UUID ownerId, UUID workspaceId, UUID id, String apiKey) {
        rowSecurity.actAs(ownerId);
        jdbc.sql("""
                        insert into ai_key_secret (id, owner_id, ciphertext, updated_at) values (:id, :owner, :secret, now())
                        on conflict (id) do update set ciphertext = excluded.ciphertext, updated_at = now()""")
                .param("id", id)
                .param("owner", ownerId)
                .param("secret", masterKey.encrypt(apiKey, workspaceId, id))
                .update();
    }

    private void requireMasterKey() {
        if (!masterKey.available()) {
            throw new MasterKey.MasterKeyMissingException();
        }
    }

    private static List<FieldError> keyProblems(String apiKey, boolean required) {
        if (apiKey == null) {
            return required ? List.of(new FieldError("apiKey", "Required")) : List.of();
        }
        if (apiKey.isBlank()
                || apiKey.length() > MAX_KEY_LENGTH
                || !apiKey.strip().equals(apiKey)
                || apiKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            return List.of(new FieldError(
                    "apiKey",
                    "Not an API key: printable ASCII without spaces, at most " + MAX_KEY_LENGTH + " characters"));
        }
        return StorableValues.of("apiKey", apiKey);
    }

    private static String last4(String apiKey) {
        return apiKey.substring(Math.max(0, apiKey.length() - 4));
    }

    private static AiKeyDetails withDefault(AiKeyDetails details, boolean isDefault) {
        return new AiKeyDetails(
                details.provider(),
                details.label(),
                details.model(),
                details.baseUrl(),
                details.last4(),
                isDefault,
                details.status(),
                details.verifiedAt());
    }

    /** A revoked key's ciphertext is destroyed: there is nothing to bring back. */
    private static Object noRestore(UUID id) {
        throw new NotAllowedException("A revoked AI key cannot be restored; add the key again", List.of());
    }
}
