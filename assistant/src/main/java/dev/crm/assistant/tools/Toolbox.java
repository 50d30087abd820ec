package dev.crm.assistant.tools;

import dev.crm.application.contact.ContactService;
import dev.crm.application.organization.OrganizationService;
import dev.crm.application.project.ProjectService;
import dev.crm.application.task.TaskService;
import dev.crm.application.workspace.WorkspaceService;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.ai.tool.metadata.ToolMetadata;
import org.springframework.ai.tool.method.MethodToolCallback;
import org.springframework.ai.tool.support.ToolDefinitions;
import org.springframework.ai.tool.support.ToolUtils;
import org.springframework.stereotype.Component;

/**
 * The assistant's tool catalog: every CRM operation the UI offers, as provider-neutral Spring AI tool callbacks bound
 * to one turn of one user (so an MCP server could publish the very same tools). The tools' definitions (names,
 * descriptions, JSON schemas) are made once from the annotated methods; a turn only binds them to its objects.
 */
@Component
public class Toolbox {

    private final List<Function<ToolTurn, Object>> toolSets;
    private final Map<Class<?>, List<Definition>> definitions;

    public Toolbox(
            ContactService contacts,
            OrganizationService organizations,
            ProjectService projects,
            TaskService tasks,
            WorkspaceService workspaces) {
        this.toolSets = List.of(
                turn -> new ContactTools(turn, contacts, organizations),
                turn -> new OrganizationTools(turn, organizations),
                turn -> new ProjectTools(turn, projects),
                turn -> new TaskTools(turn, tasks),
                turn -> new WorkspaceTools(turn, workspaces));
        this.definitions = List.of(
                        ContactTools.class,
                        OrganizationTools.class,
                        ProjectTools.class,
                        TaskTools.class,
                        WorkspaceTools.class)
                .stream()
                .collect(Collectors.toMap(Function.identity(), Toolbox::definitionsOf));
    }

    public List<ToolCallback> forTurn(ToolTurn turn) {
        List<ToolCallback> callbacks = new ArrayList<>();
        for (Function<ToolTurn, Object> toolSet : toolSets) {
            Object tools = toolSet.apply(turn);
            for (Definition definition : definitions.get(tools.getClass())) {
                callbacks.add(new GuardedTool(
                        MethodToolCallback.builder()
                                .toolDefinition(definition.tool())
                                .toolMetadata(definition.metadata())
                                .toolMethod(definition.method())
                                .toolObject(tools)
                                .build(),
                        turn.json()));
            }
        }
        return callbacks;
    }

    /** What the model is told of each tool of a class, in a stable order. */
    private static List<Definition> definitionsOf(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Tool.class))
                .sorted(Comparator.comparing(ToolUtils::getToolName))
                .map(method -> new Definition(method, ToolDefinitions.from(method), ToolMetadata.from(method)))
                .toList();
    }

    private record Definition(Method method, ToolDefinition tool, ToolMetadata metadata) {}
}
