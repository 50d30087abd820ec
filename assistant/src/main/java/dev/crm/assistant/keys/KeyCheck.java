package dev.crm.assistant.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.domain.aikey.AiProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks a provider whether it accepts a key, with the cheapest call each offers that needs one: listing its models
 * (Anthropic and OpenAI {@code GET /v1/models}, Gemini {@code GET /v1beta/models}).
 */
@Component
public class KeyCheck {

    private final RestClient http;
    private final ObjectMapper json;

    public KeyCheck(ObjectMapper json) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(15));
        this.http = RestClient.builder().requestFactory(requests).build();
        this.json = json;
    }

    public Verdict check(AiProvider provider, String baseUrl, String apiKey) {
        String root = ProviderUrls.root(provider, baseUrl);
        try {
            var request = switch (provider) {
                case ANTHROPIC ->
                    http.get()
                            .uri(URI.create(root + "/v1/models"))
                            .header("x-api-key", apiKey)
                            .header("anthropic-version", "2023-06-01");
                case OPENAI, OPENAI_COMPATIBLE ->
                    http.get().uri(URI.create(root + "/v1/models")).header("Authorization", "Bearer " + apiKey);
                case GEMINI ->
                    http.get().uri(URI.create(root + "/v1beta/models")).header("x-goog-api-key", apiKey);
            };
            return request.exchange((req, response) -> {
                HttpStatusCode status = response.getStatusCode();
                if (status.is2xxSuccessful()) {
                    return new Verdict.Accepted();
                }
                String reason = reason(response.getBody().readAllBytes(), status);
                // Gemini answers a bad key with 400 INVALID_ARGUMENT, the others with 401 or 403
                if (status.value() == 400 || status.value() == 401 || status.value() == 403) {
                    return new Verdict.Refused(reason);
                }
                return new Verdict.Unreachable(reason);
            });
        } catch (RestClientException | IllegalArgumentException e) {
            return new Verdict.Unreachable("Could not reach " + root + ": " + rootCause(e));
        }
    }

    /** The provider's own words where its error body has them ({@code error.message}), else the status. */
    private String reason(byte[] body, HttpStatusCode status) {
        try {
            JsonNode message = json.readTree(body).path("error").path("message");
            if (message.isTextual() && !message.asText().isBlank()) {
                return abbreviate(message.asText());
            }
        } catch (Exception notJson) {
            // fall through to the status
        }
        return "HTTP " + status.value();
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return abbreviate(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** What the provider said of a key. */
    public sealed interface Verdict {
        record Accepted() implements Verdict {}

        /** The provider refused the key (its reason). */
        record Refused(String reason) implements Verdict {}

        /** No answer about the key: the server was unreachable or failed. */
        record Unreachable(String reason) implements Verdict {}
    }
}
