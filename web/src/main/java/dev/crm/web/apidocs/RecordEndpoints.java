package dev.crm.web.apidocs;

import dev.crm.web.support.RecordController;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The endpoints every record type inherits from {@link RecordController} are one Java method each, so springdoc
 * would name them {@code get}, {@code get_1}, … with untyped bodies. Here each gets its resource's operation id and
 * summary, a typed change body ({@code ContactChanges}: every field optional, plus {@code version}), and its ETag.
 */
@Component
class RecordEndpoints implements OpenApiCustomizer, Ordered {

    @Override
    public int getOrder() {
        return 0; // before ProblemResponses
    }

    private final List<RecordController<?, ?>> controllers;

    RecordEndpoints(List<RecordController<?, ?>> controllers) {
        this.controllers = controllers;
    }

    @Override
    public void customise(OpenAPI api) {
        for (RecordController<?, ?> controller : controllers) {
            Class<?> type = AopUtils.getTargetClass(controller);
            RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
            String base = mapping.path()[0];
            String noun = controller.detailsType().getSimpleName().replace("Details", "");
            String changes = registerChangesSchema(api, noun, controller.detailsType());
            PathItem item = api.getPaths().get(base + "/{id}");
            if (item != null) {
                name(item.getGet(), "get" + noun, "Read a " + lower(noun) + ", with its version as ETag");
                name(item.getPut(), "update" + noun, "Change some fields of a " + lower(noun));
                name(item.getPatch(), "patch" + noun, "Change some fields of a " + lower(noun) + " (JSON merge patch)");
                name(item.getDelete(), "delete" + noun, "Delete a " + lower(noun));
                typedBody(item.getPut(), changes, org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
                typedBody(item.getPatch(), changes, RecordController.MERGE_PATCH_JSON);
                List.of(item.getGet(), item.getPut(), item.getPatch()).forEach(RecordEndpoints::eTag);
                if (item.getDelete() != null) {
                    item.getDelete().getResponses().remove("200");
                    item.getDelete().getResponses().addApiResponse("204", new ApiResponse().description("Deleted"));
                }
                if (item.getGet() != null) {
                    item.getGet()
                            .getResponses()
                            .addApiResponse(
                                    "304",
                                    new ApiResponse().description("Unchanged since the ETag given in If-None-Match"));
                }
            }
            PathItem history = api.getPaths().get(base + "/{id}/history");
            if (history != null) {
                name(
                        history.getGet(),
                        "get" + noun + "History",
                        "The changes made to a " + lower(noun)
                                + ", oldest first: who, when, through which channel, each field's old and new value");
            }
        }
    }

    private static String registerChangesSchema(OpenAPI api, String noun, Class<?> detailsType) {
        Map<String, Schema> models = ModelConverters.getInstance().read(detailsType);
        models.forEach((name, schema) -> api.getComponents().getSchemas().putIfAbsent(name, schema));
        Schema<?> details = models.get(detailsType.getSimpleName());
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put(
                "version",
                new IntegerSchema()
                        .format("int64")
                        .minimum(java.math.BigDecimal.ONE)
                        .description("The version the change is based on (or send If-Match instead)"));
        if (details != null && details.getProperties() != null) {
            properties.putAll(details.getProperties());
        }
        String name = noun + "Changes";
        api.getComponents()
                .addSchemas(
                        name,
                        new ObjectSchema()
                                .properties(properties)
                                .description(
                                        "The fields to change (null clears one, an absent one stays). Read-only fields a client read may be"
                                                + " sent back unchanged."));
        return name;
    }

    private static void name(Operation operation, String id, String summary) {
        if (operation != null) {
            operation.operationId(id).summary(summary);
        }
    }

    private static void typedBody(Operation operation, String schema, String mediaType) {
        if (operation != null) {
            operation.requestBody(new RequestBody()
                    .required(true)
                    .content(new Content()
                            .addMediaType(
                                    mediaType,
                                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema)))));
        }
    }

    private static void eTag(Operation operation) {
        if (operation != null && operation.getResponses().get("200") != null) {
            operation
                    .getResponses()
                    .get("200")
                    .addHeaderObject(
                            "ETag",
                            new Header()
                                    .description("The record's version, for If-Match and If-None-Match")
                                    .schema(new StringSchema()));
        }
    }

    private static String lower(String noun) {
        return noun.toLowerCase(java.util.Locale.ROOT);
    }
}
