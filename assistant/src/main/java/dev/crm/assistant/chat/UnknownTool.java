package dev.crm.assistant.chat;

import java.util.Map;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.ai.util.json.JsonParser;

/**
 * What a call to a tool the model was not given answers: an error it can correct. Spring AI asks for one when the
 * name matches none of the turn's tools; left alone it ends the whole turn with an exception.
 */
final class UnknownTool implements ToolCallback {

    private final ToolDefinition definition;

    UnknownTool(String name) {
        this.definition = ToolDefinition.builder()
                .name(name)
                .description("not a tool of this assistant")
                .inputSchema("{\"type\":\"object\"}")
                .build();
    }

    @Override
    public ToolDefinition getToolDefinition() {
        return definition;
    }

    @Override
    public String call(String toolInput) {
        return JsonParser.toJson(Map.of(
                "error",
                "There is no tool named " + definition.name() + ". Use only the tools you were given, with their "
                        + "exact names."));
    }
}
