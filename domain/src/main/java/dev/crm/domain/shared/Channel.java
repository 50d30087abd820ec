package dev.crm.domain.shared;

import java.util.Locale;

/** Where a command came from; recorded on every event and shown in the audit trail. */
public enum Channel {
    UI,
    API,
    ASSISTANT,
    MCP,
    SYNC;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
