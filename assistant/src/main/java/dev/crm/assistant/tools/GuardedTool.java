package dev.crm.assistant.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.ai.tool.metadata.ToolMetadata;

/**
 * A tool whose arguments the model got wrong (not JSON, a text where a number belongs) answers with an error the
 * model can correct. Left to Spring AI 1.1.2, arguments that are not JSON end the whole turn (its exception
 * processor rethrows the parse failure), and a wrong type reaches the model as a bare Jackson message. Our tools
 * report their own refusals as results ({@code ToolTurn.run}), so whatever still fails here is sent back as well.
 */
final class GuardedTool implements ToolCallback {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedTool.class);

    private final ToolCallback tool;
    private final ObjectMapper json;

    GuardedTool(ToolCallback tool, ObjectMapper json) {
        this.tool = tool;
        this.json = json;
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
        if (!isJsonObject(toolInput)) {
            return error("The arguments could not be read: they are not one JSON object. Send them again as a JSON "
                    + "object with the parameters and types of " + name + "'s schema.");
        }
        try {
            return toolContext == null ? tool.call(toolInput) : tool.call(toolInput, toolContext);
        } catch (RuntimeException e) {
            LOG.warn(
                    "Tool {} failed on its arguments or inside: {}",
                    name,
                    e.getClass().getSimpleName());
            return error("The call could not be carried out (" + rootMessage(e) + "). If an argument was wrong, "
                    + "send them again with the parameters and types of " + name + "'s schema.");
        }
    }

    private boolean isJsonObject(String input) {
        if (input == null || input.isBlank()) {
            return true; // Spring AI calls a tool without parameters with empty arguments
        }
        try {
            return json.readTree(input).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private String error(String message) {
        try {
            return json.writeValueAsString(Map.of("error", message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String line = text.lines().findFirst().orElse(text);
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
