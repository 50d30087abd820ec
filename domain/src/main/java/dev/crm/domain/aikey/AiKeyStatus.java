package dev.crm.domain.aikey;

/** VALID: the provider accepted the key when it was last checked or used; INVALID: it refused it (401/403). */
public enum AiKeyStatus {
    VALID,
    INVALID
}
