package dev.crm.assistant.chat;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The user's stop button for one turn: the model's stream is cut where it is, no further tool round starts, and
 * what was said so far is kept as the reply. Tools already running finish, so no change is left half-made.
 */
public final class TurnStop {

    private final Sinks.One<Boolean> signal = Sinks.one();
    private volatile boolean stopped;

    public void stop() {
        stopped = true;
        signal.tryEmitValue(true);
    }

    public boolean stopped() {
        return stopped;
    }

    Mono<Boolean> signal() {
        return signal.asMono();
    }
}
