package dev.crm.web.feedback;

import dev.crm.application.feedback.Attachment;
import dev.crm.application.feedback.FeedbackCategory;
import dev.crm.application.feedback.FeedbackEntry;
import dev.crm.application.feedback.FeedbackInput;
import dev.crm.application.feedback.FeedbackService;
import dev.crm.application.shared.InputValidator;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Feedback to the CRM's makers: JSON, or multipart with a {@code file} part for an attachment. The workspace owner
 * lists all of the workspace's feedback; everyone else their own.
 */
@Tag(name = "Feedback", description = "Feedback to the workspace owner, with an optional attachment")
@RestController
@RequestMapping("/api/feedback")
public class FeedbackController {

    private final FeedbackService feedback;
    private final InputValidator validator;

    public FeedbackController(FeedbackService feedback, InputValidator validator) {
        this.feedback = feedback;
        this.validator = validator;
    }

    @Operation(operationId = "submitFeedback", summary = "Send feedback, as JSON or as a multipart form with a file")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FeedbackEntry> submit(Actor actor, @RequestBody FeedbackInput input) {
        return created(feedback.submit(actor.userId(), input, null));
    }

    /** Multipart: parts {@code category}, {@code message} and optionally {@code file} (at most 2 MB). */
    @Operation(operationId = "submitFeedback", summary = "Send feedback, as JSON or as a multipart form with a file")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = FeedbackForm.class)))
    ResponseEntity<FeedbackEntry> submitWithAttachment(
            Actor actor,
            @Parameter(hidden = true) @RequestParam(required = false) String category,
            @Parameter(hidden = true) @RequestParam(required = false) String message,
            @Parameter(hidden = true) @RequestPart(required = false) MultipartFile file)
            throws IOException {
        // Every bad part is reported at once, as for JSON.
        List<FieldError> errors = new ArrayList<>();
        FeedbackCategory parsed = collect(errors, () -> category(category));
        byte[] content = file == null ? null : file.getBytes();
        Attachment attachment =
                file == null ? null : collect(errors, () -> Attachment.of(file.getOriginalFilename(), content));
        FeedbackInput input = new FeedbackInput(parsed, message);
        collect(errors, () -> {
            validator.validate(input);
            return null;
        });
        if (!errors.isEmpty()) {
            Map<String, FieldError> firstPerField = new TreeMap<>(); // an unknown category is not also "missing"
            errors.forEach(error -> firstPerField.putIfAbsent(error.field(), error));
            throw new InvalidInputException(List.copyOf(firstPerField.values()));
        }
        return created(feedback.submit(actor.userId(), input, attachment));
    }

    /** Newest first; {@code ?limit=&cursor=} page through it. */
    @Operation(
            operationId = "listFeedback",
            summary = "Feedback, newest first: the owner sees the workspace's, others their own")
    @GetMapping
    Page<FeedbackEntry> list(
            Actor actor,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String cursor) {
        return feedback.list(actor.userId(), new PageRequest(limit, cursor, null, null));
    }

    /** The attached file, for its author and the workspace owner; 404 for anyone else. */
    @Operation(operationId = "getFeedbackAttachment", summary = "The file attached to a feedback entry")
    @ApiResponse(
            responseCode = "200",
            description = "The file",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/{id}/attachment")
    ResponseEntity<byte[]> attachment(Actor actor, @PathVariable UUID id) {
        Attachment attachment = feedback.attachment(actor.userId(), id)
                .orElseThrow(() -> new RecordNotFoundException("Attachment", id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.type().mediaType()))
                .contentLength(attachment.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(attachment.content());
    }

    /** How the multipart form reads in the OpenAPI description. */
    record FeedbackForm(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            FeedbackCategory category,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 5000)
            String message,

            @Schema(type = "string", format = "binary", description = "At most 2 MB: PNG, JPEG, GIF, WebP, PDF or text")
            String file) {}

    private static ResponseEntity<FeedbackEntry> created(FeedbackEntry entry) {
        return ResponseEntity.created(URI.create("/api/feedback/" + entry.id())).body(entry);
    }

    private static <T> T collect(List<FieldError> errors, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException invalid) {
            errors.addAll(invalid.errors());
            return null;
        }
    }

    private static FeedbackCategory category(String value) {
        if (value == null || value.isBlank()) {
            return null; // reported by validation as missing
        }
        try {
            return FeedbackCategory.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("category", "Must be one of BUG, IDEA, QUESTION, OTHER");
        }
    }
}
