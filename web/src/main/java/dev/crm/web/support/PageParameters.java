package dev.crm.web.support;

import dev.crm.projections.support.PageRequest;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How a {@link PageRequest} parameter reads in the OpenAPI description: springdoc lists these four query
 * parameters in its place (see {@link PageRequestBinding}). Documentation only; {@link PageRequestArgumentResolver}
 * does the binding.
 */
record PageParameters(
        @Parameter(
                description = "How many items to return",
                schema =
                        @Schema(
                                type = "integer",
                                format = "int32",
                                defaultValue = "" + PageRequest.DEFAULT_LIMIT,
                                minimum = "1",
                                maximum = "" + PageRequest.MAX_LIMIT))
        Integer limit,

        @Parameter(description = "The nextCursor of the previous page, with the same sort; omit for the first page")
        String cursor,

        @Parameter(description = "The field to sort by, e.g. name, ascending; prefixed with - descending")
        String sort,

        @Parameter(description = "Text to search for", schema = @Schema(type = "string", maxLength = 200))
        String q) {}
