package dev.crm.web.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Every operation lists the errors it can answer, each an RFC 7807 problem body ({@code Problem}) — as
 * {@code dev.crm.web.support.ApiExceptionHandler} writes them — and sign-in operations need no token.
 */
@Component
class ProblemResponses implements OpenApiCustomizer, Ordered {

    private static final String PROBLEM = "Problem";
    private static final List<String> ANONYMOUS =
            List.of("/api/auth/register", "/api/auth/login", "/api/auth/refresh", "/api/auth/logout");

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after RecordEndpoints has named and typed the shared operations
    }

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    ApiResponses responses = operation.getResponses();
                    boolean anonymous = ANONYMOUS.contains(path);
                    if (anonymous) {
                        operation.setSecurity(List.of());
                        add(responses, "429", "Too many sign-in attempts from this address or for this account");
                    } else {
                        add(responses, "401", "No valid access token");
                    }
                    if (operation.getRequestBody() != null || hasParameters(operation)) {
                        add(responses, "400", "Some fields or parameters are not valid; errors names each");
                    }
                    if (path.contains("{id}")) {
                        add(responses, "404", "No such record, or not one the user may see");
                    }
                    if (operation.getRequestBody() != null) {
                        add(responses, "415", "The body is not of a supported media type");
                    }
                    boolean recordChange = path.matches("/api/[a-z]+/\\{id}") && method != PathItem.HttpMethod.GET;
                    if (recordChange) {
                        add(responses, "403", "The user may see the record but not make this change");
                        add(
                                responses,
                                "412",
                                "If-Match names a version the record is no longer at; ETag has the current one");
                    }
                    if (recordChange && method != PathItem.HttpMethod.DELETE) {
                        add(
                                responses,
                                "409",
                                "The change overlaps changes made since its version; conflicts lists them");
                        add(responses, "428", "Neither a version in the body nor an If-Match header");
                    }
                    if (path.equals("/api/workspace/invites")) {
                        add(responses, "403", "Only the workspace owner invites");
                    }
                    if (path.startsWith("/api/workspace/ai-keys")) {
                        add(responses, "403", "Only the workspace owner manages AI keys");
                        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
                            add(responses, "422", "The provider refused the key, or could not be reached to check it");
                            add(responses, "503", "The server has no master keyset to encrypt keys with");
                        }
                    }
                    if (path.equals("/api/auth/register")
                            || path.equals("/api/settings/profile") && method == PathItem.HttpMethod.PUT) {
                        add(responses, "409", "The e-mail address belongs to another account");
                    }
                }));
    }

    private static boolean hasParameters(Operation operation) {
        return operation.getParameters() != null && !operation.getParameters().isEmpty();
    }

    private static void add(ApiResponses responses, String status, String description) {
        responses.putIfAbsent(
                status,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        "application/problem+json",
                                        new MediaType()
                                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field or parameter at fault"))
                .addProperty("message", new StringSchema());
        Schema<?> conflict = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("currentValue", new Schema<>().description("The value stored now"))
                .addProperty("yourValue", new Schema<>().description("The value this change wanted"));
        return new ObjectSchema()
                .description("RFC 7807 problem details")
                .properties(new java.util.LinkedHashMap<>(Map.of(
                        "type", new StringSchema().example("about:blank"),
                        "title", new StringSchema(),
                        "status", new IntegerSchema(),
                        "detail", new StringSchema().description("What went wrong, for a person to read"),
                        "instance", new StringSchema(),
                        "errors", new ArraySchema().items(fieldError),
                        "conflicts", new ArraySchema().items(conflict).description("409: the overlapping fields"),
                        "currentVersion",
                                new IntegerSchema()
                                        .format("int64")
                                        .description("409 and 412: the version the record is at now"))))
                .required(List.of("status", "errors"));
    }
}
