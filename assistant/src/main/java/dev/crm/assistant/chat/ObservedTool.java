package dev.crm.assistant.chat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.ai.tool.metadata.ToolMetadata;

/** A tool that tells a streamed turn's listener when it starts and what it answered. */
final class ObservedTool implements ToolCallback {

    private final ToolCallback tool;
    private final TurnListener listener;
    private final Calls calls;

    ObservedTool(ToolCallback tool, TurnListener listener, Calls calls) {
        this.tool = tool;
        this.listener = listener;
        this.calls = calls;
    }

    @Override
    public ToolDefinition getToolDefinition() {
        return tool.getToolDefinition();
    }

    @Override
    public ToolMetadata getToolMetadata() {
        return tool.getToolMetadata();
    }

    @Override
    public String call(String toolInput) {
        return call(toolInput, null);
    }

    @Override
    public String call(String toolInput, ToolContext toolContext) {
        String name = getToolDefinition().name();
        String callId = calls.take(name);
        listener.toolStarted(callId, name);
        String result = toolContext == null ? tool.call(toolInput) : tool.call(toolInput, toolContext);
        // our tools answer a refusal as {"error": …}, never by throwing (ToolTurn, GuardedTool)
        listener.toolFinished(callId, name, result, result != null && result.startsWith("{\"error\""));
        return result;
    }

    /**
     * The calls of the answer being carried out, so each run can be told by the provider's id: a tool is handed its
     * arguments only, and Spring AI runs the calls one after another in the answer's order.
     */
    static final class Calls {
        private final List<AssistantMessage.ToolCall> waiting = new ArrayList<>();

        void expect(List<AssistantMessage.ToolCall> calls) {
            waiting.clear();
            waiting.addAll(calls);
        }

        String take(String name) {
            for (Iterator<AssistantMessage.ToolCall> it = waiting.iterator(); it.hasNext(); ) {
                AssistantMessage.ToolCall call = it.next();
                if (call.name().equals(name)) {
                    it.remove();
                    return call.id();
                }
            }
            return "";
        }
    }
}
