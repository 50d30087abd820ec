package dev.crm.assistant.chat;

import com.google.genai.errors.ApiException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.ai.retry.NonTransientAiException;
import org.springframework.ai.retry.TransientAiException;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * What a failed provider call means, whichever client threw it: the providers' errors arrive as our
 * {@link ProviderHttpException} (Anthropic, OpenAI), as the genai SDK's {@link ApiException} inside Spring AI's
 * wrapper (Gemini), or as an I/O timeout somewhere in the causes.
 *
 * @param status the HTTP status, 0 when there was none
 * @param retryAfter how long the provider asked to wait, or null
 */
record ProviderFailure(Kind kind, int status, Duration retryAfter, String detail) {

    /** Anthropic's streaming client reports a refused request as "… Status: [401 UNAUTHORIZED] …". */
    private static final Pattern STREAMED_STATUS = Pattern.compile("Status: \\[(\\d{3})\\b");

    enum Kind {
        /** 401/403, or Gemini's 400 "API key not valid": the key needs replacing. */
        KEY_REJECTED,
        /** 408, 429, 5xx (529 overloaded), an unreachable host: worth asking again. */
        TRANSIENT,
        /** No answer within the request timeout. */
        TIMEOUT,
        /** Another 4xx: the request itself was refused; asking again would not help. */
        REFUSED,
        /** Anything else: not retried. */
        OTHER
    }

    boolean retryable() {
        return kind == Kind.TRANSIENT || kind == Kind.TIMEOUT;
    }

    static ProviderFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProviderHttpException http) {
                return ofStatus(http.status(), http.retryAfter(), http.getMessage());
            }
            if (cause instanceof ApiException api) {
                return ofStatus(api.code(), null, api.code() + " " + api.status() + ": " + api.message());
            }
            if (cause instanceof WebClientResponseException http) {
                // streamed requests go through WebClient, whose errors carry the response
                return ofStatus(http.getStatusCode().value(), retryAfter(http), http.getMessage());
            }
            if (cause instanceof HttpTimeoutException
                    || cause instanceof InterruptedIOException
                    || cause instanceof TimeoutException) {
                return new ProviderFailure(Kind.TIMEOUT, 0, null, String.valueOf(cause.getMessage()));
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return new ProviderFailure(Kind.TRANSIENT, 0, null, "could not connect: " + cause.getMessage());
            }
            if (cause instanceof NonTransientAiException || cause instanceof TransientAiException) {
                return ofSpringAiMessage(cause);
            }
            Matcher streamed = STREAMED_STATUS.matcher(String.valueOf(cause.getMessage()));
            if (streamed.find()) {
                return ofStatus(Integer.parseInt(streamed.group(1)), null, cause.getMessage());
            }
        }
        return new ProviderFailure(Kind.OTHER, 0, null, String.valueOf(failure.getMessage()));
    }

    private static Duration retryAfter(WebClientResponseException http) {
        String seconds = http.getHeaders().getFirst("retry-after");
        try {
            return seconds == null ? null : Duration.ofSeconds(Long.parseLong(seconds.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ProviderFailure ofStatus(int status, Duration retryAfter, String detail) {
        Kind kind;
        if (status == 401 || status == 403 || (status == 400 && isBadKeyText(detail))) {
            kind = Kind.KEY_REJECTED;
        } else if (status == 408 || status == 429 || status >= 500) {
            kind = Kind.TRANSIENT;
        } else if (status >= 400) {
            kind = Kind.REFUSED;
        } else {
            kind = Kind.OTHER;
        }
        return new ProviderFailure(kind, status, retryAfter, detail);
    }

    /** Spring AI's own exceptions (e.g. from streaming) start with the status: "401 - {…}". */
    private static ProviderFailure ofSpringAiMessage(Throwable e) {
        String text = String.valueOf(e.getMessage());
        if (text.matches("(?s)^\\d{3}\\b.*")) {
            return ofStatus(Integer.parseInt(text.substring(0, 3)), null, text);
        }

        if (isBadKeyText(text)) {
            return new ProviderFailure(Kind.KEY_REJECTED, 0, null, text);
        }
        return new ProviderFailure(e instanceof TransientAiException ? Kind.TRANSIENT : Kind.REFUSED, 0, null, text);
    }

    private static boolean isBadKeyText(String text) {
        String lower = String.valueOf(text).toLowerCase(Locale.ROOT);
        return lower.contains("api key not valid")
                || lower.contains("api_key_invalid")
                || lower.contains("authentication_error")
                || lower.contains("invalid_api_key");
    }
}
