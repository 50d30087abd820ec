package dev.crm.projections.support;

import dev.crm.domain.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Where the previous page ended: the sort key's value and the id of the last row. Opaque to clients. */
record Cursor(String sort, String value, UUID id) {

    private static final char SEPARATOR = '\n';

    String encode() {
        String raw = sort + SEPARATOR + id + SEPARATOR + value;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int first = raw.indexOf(SEPARATOR);
            int second = raw.indexOf(SEPARATOR, first + 1);
            return new Cursor(
                    raw.substring(0, first),
                    raw.substring(second + 1),
                    UUID.fromString(raw.substring(first + 1, second)));
        } catch (RuntimeException e) {
            throw InvalidInputException.of("cursor", "Not a cursor returned by this list");
        }
    }
}
