package dev.crm.assistant.keys;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import dev.crm.application.local.LocalSecrets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts the workspaces' provider keys at rest (Tink AEAD, AES-256-GCM) under the master keyset
 * {@code CRM_MASTER_KEYSET} (Tink's JSON keyset format; several keys allow rotating it). An embedded installation
 * generates one into its data folder's secrets once, as it does the JWT secret. The associated data binds each
 * ciphertext to its workspace and key id: a row copied to another key or workspace does not decrypt.
 */
@Component
public class MasterKey {

    static final String PROPERTY = "crm.master-keyset";
    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

    private final Aead aead;

    public MasterKey(Environment environment) throws GeneralSecurityException {
        AeadConfig.register();
        String keyset = environment.getProperty(PROPERTY);
        String dataDirectory = environment.getProperty("crm.data-dir.resolved");
        if (!StringUtils.hasText(keyset)
                && environment.getProperty("crm.db.embedded", Boolean.class, false)
                && dataDirectory != null) {
            keyset = LocalSecrets.loadOrCreate(Path.of(dataDirectory), PROPERTY, MasterKey::newKeyset);
        }
        if (StringUtils.hasText(keyset)) {
            aead = TinkJsonProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get())
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } else {
            aead = null;
            log.warn("CRM_MASTER_KEYSET is not set: workspaces cannot store AI provider keys until it is "
                    + "(a Tink JSON keyset, e.g. from 'tinkey create-keyset --key-template AES256_GCM')");
        }
    }

    public boolean available() {
        return aead != null;
    }

    byte[] encrypt(String plaintext, UUID workspaceId, UUID keyId) {
        try {
            return require().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(workspaceId, keyId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt an AI key", e);
        }
    }

    /** @return empty when the ciphertext was not made for this workspace and key, or under another master key */
    Optional<String> decrypt(byte[] ciphertext, UUID workspaceId, UUID keyId) {
        try {
            return Optional.of(new String(
                    require().decrypt(ciphertext, associatedData(workspaceId, keyId)), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private Aead require() {
        if (aead == null) {
            throw new MasterKeyMissingException();
        }
        return aead;
    }

    private static byte[] associatedData(UUID workspaceId, UUID keyId) {
        return ("crm-ai-key/" + workspaceId + "/" + keyId).getBytes(StandardCharsets.UTF_8);
    }

    private static String newKeyset() {
        try {
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate the master keyset", e);
        }
    }

    /** No master keyset is configured: keys cannot be stored or used (503, and a log line at start). */
    public static class MasterKeyMissingException extends RuntimeException {
        MasterKeyMissingException() {
            super("AI keys cannot be stored: the server has no master keyset (CRM_MASTER_KEYSET)");
        }
    }
}
