package dev.crm.assistant.chat;

import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import dev.crm.assistant.keys.UsableKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The genai SDK's clients, one per workspace key: each holds its own connection pool and threads, so a turn reuses
 * its key's client instead of building one. Entries are told apart by the key's id and a digest of its text and URL,
 * so a rotated key gets a new client and the old one is closed; the least recently used beyond the bound are closed.
 */
final class GeminiClients implements AutoCloseable {

    private record Entry(UUID keyId, String fingerprint) {}

    private final int bound;
    private final Duration timeout;
    private final Map<Entry, Client> clients = new LinkedHashMap<>(16, 0.75f, true);

    GeminiClients(int bound, Duration timeout) {
        this.bound = bound;
        this.timeout = timeout;
    }

    synchronized Client forKey(UsableKey key, String baseUrl) {
        Entry entry = new Entry(key.id(), fingerprint(key.apiKey(), baseUrl));
        Client client = clients.get(entry);
        if (client != null) {
            return client;
        }
        // the same key id with another text or URL: it was replaced; its old client is no use any more
        clients.entrySet().removeIf(old -> {
            if (old.getKey().keyId().equals(key.id())) {
                old.getValue().close();
                return true;
            }
            return false;
        });
        client = build(key.apiKey(), baseUrl);
        clients.put(entry, client);
        while (clients.size() > bound) {
            var eldest = clients.entrySet().iterator().next();
            eldest.getValue().close();
            clients.remove(eldest.getKey());
        }
        return client;
    }

    synchronized int size() {
        return clients.size();
    }

    private Client build(String apiKey, String baseUrl) {
        return Client.builder()
                .apiKey(apiKey)
                .vertexAI(false)
                .httpOptions(HttpOptions.builder()
                        .baseUrl(baseUrl)
                        .timeout((int) timeout.toMillis())
                        // our RetryTemplate retries; the SDK's own five would multiply with it. No status is
                        // retryable for it either: with one attempt, genai 1.28 still sleeps a second on a 5xx
                        .retryOptions(HttpRetryOptions.builder()
                                .attempts(1)
                                .httpStatusCodes(List.of())
                                .build())
                        .build())
                .build();
    }

    private static String fingerprint(String apiKey, String baseUrl) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((apiKey + "\n" + baseUrl).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        clients.values().forEach(Client::close);
        clients.clear();
    }
}
