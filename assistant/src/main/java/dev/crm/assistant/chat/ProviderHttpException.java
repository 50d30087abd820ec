package dev.crm.assistant.chat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * An error status from Anthropic or OpenAI, with its {@code retry-after}: Spring AI's own error handler keeps only
 * the status and body, so a rate limit could not be waited out as the provider asks.
 */
class ProviderHttpException extends RuntimeException {

    private final int status;
    private final Duration retryAfter;

    ProviderHttpException(int status, Duration retryAfter, String body) {
        super(status + " - " + body);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    int status() {
        return status;
    }

    /** How long the provider asked to wait, or null when it did not say. */
    Duration retryAfter() {
        return retryAfter;
    }

    /** The clients' error handler: every 4xx and 5xx becomes this exception. */
    static final ResponseErrorHandler HANDLER = new ResponseErrorHandler() {
        @Override
        public boolean hasError(ClientHttpResponse response) throws IOException {
            return response.getStatusCode().isError();
        }

        @Override
        public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
            byte[] body = response.getBody().readNBytes(2_000);
            throw new ProviderHttpException(
                    response.getStatusCode().value(),
                    retryAfter(response.getHeaders(), Instant.now()),
                    new String(body, StandardCharsets.UTF_8));
        }
    };

    /** {@code retry-after} in seconds or as an HTTP date; OpenAI also sends {@code retry-after-ms}. */
    static Duration retryAfter(HttpHeaders headers, Instant now) {
        String millis = headers.getFirst("retry-after-ms");
        if (millis != null && millis.strip().matches("\\d+(\\.\\d+)?")) {
            return Duration.ofMillis((long) Double.parseDouble(millis.strip()));
        }
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(now, at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null; // unreadable: fall back to our own backoff
        }
    }
}
