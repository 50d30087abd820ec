package dev.crm.assistant.chat;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * One streamed answer of the model: its text passed on piece by piece as it arrives, then gathered with its tool
 * calls into the one response the tool loop goes on with. The chunks are read on the turn's own thread, so the
 * listener is told in order and never concurrently.
 */
final class StreamedAnswer {

    private final Consumer<String> onText;
    private final StringBuilder text = new StringBuilder();
    private final Map<String, AssistantMessage.ToolCall> calls = new LinkedHashMap<>();
    private final Map<String, Object> properties = new HashMap<>();
    private int promptTokens;
    private int completionTokens;

    StreamedAnswer(Consumer<String> onText) {
        this.onText = onText;
    }

    /**
     * Reads the stream to its end, or until the user stops the turn, or until the provider is silent for longer than
     * {@code silence}. A failure after the first piece was passed on is not retried: the user has seen it.
     */
    ChatResponse gather(Flux<ChatResponse> chunks, TurnStop stop, Duration silence) {
        // Gemini's client blocks the thread that subscribes: subscribe elsewhere and read here
        Flux<ChatResponse> read =
                chunks.subscribeOn(Schedulers.boundedElastic()).timeout(silence).takeUntilOther(stop.signal());
        try {
            for (ChatResponse chunk : read.toIterable(16)) {
                take(chunk);
            }
        } catch (RuntimeException e) {
            if (text.length() > 0 || !calls.isEmpty()) {
                throw new Interrupted(e);
            }
            throw e;
        }
        AssistantMessage message = AssistantMessage.builder()
                .content(text.toString())
                .properties(properties)
                .toolCalls(List.copyOf(calls.values()))
                .build();
        return new ChatResponse(
                List.of(new Generation(message)),
                ChatResponseMetadata.builder()
                        .usage(new DefaultUsage(promptTokens, completionTokens))
                        .build());
    }

    private void take(ChatResponse chunk) {
        List<Generation> generations = chunk.getResults();
        if (!generations.isEmpty() && generations.get(0).getOutput() != null) {
            String delta = generations.get(0).getOutput().getText();
            if (delta != null && !delta.isEmpty()) {
                text.append(delta);
                onText.accept(delta);
            }
        }
        // Anthropic's client sends a streamed tool call twice, in a second generation: keep each call once
        for (Generation generation : generations) {
            AssistantMessage output = generation.getOutput();
            if (output == null || !output.hasToolCalls()) {
                continue;
            }
            properties.putAll(output.getMetadata()); // e.g. Gemini's thought signatures, sent back with the calls
            for (AssistantMessage.ToolCall call : output.getToolCalls()) {
                // Gemini's calls have no id: tell them apart by what they ask
                String key = call.id() == null || call.id().isEmpty() ? call.name() + call.arguments() : call.id();
                calls.putIfAbsent(key, call);
            }
        }
        // the providers report the tokens so far, not per chunk
        Usage usage = chunk.getMetadata() == null ? null : chunk.getMetadata().getUsage();
        if (usage != null) {
            promptTokens = Math.max(promptTokens, orZero(usage.getPromptTokens()));
            completionTokens = Math.max(completionTokens, orZero(usage.getCompletionTokens()));
        }
    }

    private static int orZero(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }

    /** The stream broke after the user saw part of it: reported, never retried (it would repeat itself). */
    static final class Interrupted extends RuntimeException {
        Interrupted(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
