package dev.crm.assistant.chat;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryPolicy;
import org.springframework.retry.backoff.BackOffContext;
import org.springframework.retry.backoff.BackOffInterruptedException;
import org.springframework.retry.backoff.BackOffPolicy;
import org.springframework.retry.context.RetryContextSupport;
import org.springframework.retry.support.RetryTemplate;

/**
 * Our retries around every provider call: transient failures (429, 529, 5xx, unreachable) a few times with
 * exponential backoff, a timeout once (each costs a whole request timeout), waiting as long as {@code retry-after}
 * asks when that is short. A longer {@code retry-after} ends at once: the user is told when to try again rather
 * than kept waiting on a spinner.
 *
 * @param attempts calls in all, the first included
 * @param backoff the first pause; it doubles, up to 8 times this
 * @param maxRetryAfter the longest {@code retry-after} we wait out
 */
record ProviderRetries(int attempts, Duration backoff, Duration maxRetryAfter) {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderRetries.class);
    private static final int TIMEOUT_ATTEMPTS = 2;

    RetryTemplate template() {
        return RetryTemplate.builder()
                .customPolicy(new Policy())
                .customBackoff(new Pause())
                .build();
    }

    /** Whether a long wait was asked for, too long to wait out within the request. */
    boolean waitTooLong(ProviderFailure failure) {
        return failure.retryAfter() != null && failure.retryAfter().compareTo(maxRetryAfter) > 0;
    }

    private final class Policy implements RetryPolicy {
        @Override
        public boolean canRetry(RetryContext context) {
            Throwable last = context.getLastThrowable();
            if (last == null) {
                return true;
            }
            if (last instanceof StreamedAnswer.Interrupted) {
                return false; // the user saw part of it: asking again would repeat it
            }
            ProviderFailure failure = ProviderFailure.of(last);
            if (!failure.retryable() || waitTooLong(failure)) {
                return false;
            }
            int allowed =
                    failure.kind() == ProviderFailure.Kind.TIMEOUT ? Math.min(TIMEOUT_ATTEMPTS, attempts) : attempts;
            return context.getRetryCount() < allowed;
        }

        @Override
        public RetryContext open(RetryContext parent) {
            return new RetryContextSupport(parent);
        }

        @Override
        public void close(RetryContext context) {}

        @Override
        public void registerThrowable(RetryContext context, Throwable throwable) {
            ((RetryContextSupport) context).registerThrowable(throwable);
        }
    }

    private record Waiting(RetryContext retry) implements BackOffContext {}

    private final class Pause implements BackOffPolicy {
        @Override
        public BackOffContext start(RetryContext context) {
            return new Waiting(context);
        }

        @Override
        public void backOff(BackOffContext context) {
            RetryContext retry = ((Waiting) context).retry();
            ProviderFailure failure = ProviderFailure.of(retry.getLastThrowable());
            Duration pause = failure.retryAfter() != null ? failure.retryAfter() : exponential(retry.getRetryCount());
            // the status and kind only: the provider's body may quote parts of the key
            LOG.warn(
                    "AI provider call failed ({} {}), attempt {} of {}; retrying in {} ms",
                    failure.kind(),
                    failure.status(),
                    retry.getRetryCount(),
                    attempts,
                    pause.toMillis());
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BackOffInterruptedException("Interrupted while waiting to retry the AI provider", e);
            }
        }

        private Duration exponential(int failures) {
            long factor = 1L << Math.min(Math.max(failures - 1, 0), 3);
            return backoff.multipliedBy(factor);
        }
    }
}
