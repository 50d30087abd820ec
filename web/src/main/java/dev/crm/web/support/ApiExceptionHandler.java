package dev.crm.web.support;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.crm.application.account.EmailTakenException;
import dev.crm.application.limits.RateLimitedException;
import dev.crm.application.workspace.NotWorkspaceOwnerException;
import dev.crm.assistant.chat.ChatService;
import dev.crm.assistant.keys.KeyRefusedException;
import dev.crm.assistant.keys.MasterKey;
import dev.crm.assistant.usage.AiUsage;
import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.domain.shared.StaleVersionException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every failure of the REST API into a problem+json answer that names the fields at fault; never a stack trace. */
@RestControllerAdvice(basePackages = "dev.crm.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final ExceptionHandlerMethodResolver HANDLERS =
            new ExceptionHandlerMethodResolver(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "Some fields are not valid", e.errors());
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<Object> notFound(RecordNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Not found", List.of());
    }

    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<Object> conflict(EditConflictException e) {
        List<FieldError> errors = e.conflicts().stream()
                .map(c -> new FieldError(
                        c.field(), "Changed meanwhile; its current value is " + describe(c.currentValue())))
                .toList();
        return Problems.of(
                HttpStatus.CONFLICT,
                e.getMessage(),
                errors,
                Map.of("conflicts", e.conflicts(), "currentVersion", e.currentVersion()));
    }

    /** An If-Match precondition failed: the ETag tells the client which version to read and decide on. */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Object> stale(StaleVersionException e) {
        ResponseEntity<Object> problem = Problems.of(
                HttpStatus.PRECONDITION_FAILED,
                e.getMessage(),
                List.of(new FieldError(
                        EntityTags.IF_MATCH, "Does not match the current version " + e.currentVersion())),
                Map.of("currentVersion", e.currentVersion()));
        return ResponseEntity.status(problem.getStatusCode())
                .headers(problem.getHeaders())
                .eTag(EntityTags.of(e.currentVersion()))
                .body(problem.getBody());
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<Object> preconditionRequired(PreconditionRequiredException e) {
        return Problems.of(
                HttpStatus.PRECONDITION_REQUIRED,
                e.getMessage(),
                List.of(new FieldError("version", "Required: the version you are editing, or an If-Match header")));
    }

    /** Another node kept changing the record while this edit was retried: the client may simply send it again. */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrentAppend(ConcurrencyException e) {
        return Problems.of(
                HttpStatus.CONFLICT, "The record was being changed at the same moment; send the edit again", List.of());
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<Object> notAllowed(NotAllowedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, e.getMessage(), e.errors());
    }

    /** A budget (e.g. the assistant's turns per minute) is used up: when to try again is in Retry-After. */
    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<Object> rateLimited(RateLimitedException e) {
        ResponseEntity<Object> problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), List.of());
        return ResponseEntity.status(problem.getStatusCode())
                .headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem.getBody());
    }

    /** The provider refused a key, or could not be asked: the client's key or URL, in the provider's words. */
    @ExceptionHandler(KeyRefusedException.class)
    ResponseEntity<Object> keyRefused(KeyRefusedException e) {
        return Problems.of(
                HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), List.of(new FieldError(e.field(), e.getMessage())));
    }

    /** The workspace's monthly token budget is used up: the detail says who can raise it. */
    @ExceptionHandler(AiUsage.BudgetExhaustedException.class)
    ResponseEntity<Object> budgetExhausted(AiUsage.BudgetExhaustedException e) {
        return Problems.of(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    /** The workspace has no usable AI key: nothing the request can change; the detail says who can. */
    @ExceptionHandler(ChatService.NoAiKeyException.class)
    ResponseEntity<Object> noUsableKey(ChatService.NoAiKeyException e) {
        return Problems.of(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    /** The AI provider failed or refused: not the client's fault; its message is kept in the conversation. */
    @ExceptionHandler(ChatService.ProviderException.class)
    ResponseEntity<Object> providerFailed(ChatService.ProviderException e) {
        return Problems.of(HttpStatus.BAD_GATEWAY, e.getMessage(), List.of(), Map.of("keyRejected", e.keyRejected()));
    }

    @ExceptionHandler(MasterKey.MasterKeyMissingException.class)
    ResponseEntity<Object> noMasterKey(MasterKey.MasterKeyMissingException e) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), List.of());
    }

    @ExceptionHandler(NotWorkspaceOwnerException.class)
    ResponseEntity<Object> notOwner(NotWorkspaceOwnerException e) {
        return Problems.of(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
    }

    @ExceptionHandler(EmailTakenException.class)
    ResponseEntity<Object> emailTaken(EmailTakenException e) {
        return Problems.of(HttpStatus.CONFLICT, e.getMessage(), List.of(new FieldError("email", e.getMessage())));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "Some parameters are not valid",
                List.of(new FieldError(e.getName(), "Not a valid value")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side", List.of());
    }

    /**
     * The problem a REST call failing with {@code failure} answers, for the chat's WebSocket: its messages have no HTTP
     * response of their own, yet a client should read the same problems on both.
     */
    @SuppressWarnings("unchecked")
    public ResponseEntity<Object> problemOf(Exception failure) {
        if (failure instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable);
        }
        Method handler = HANDLERS.resolveMethodByThrowable(failure);
        if (handler == null) {
            return unexpected(failure);
        }
        ReflectionUtils.makeAccessible(handler);
        return (ResponseEntity<Object>) ReflectionUtils.invokeMethod(handler, this, failure);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return unreadable(e.getCause());
    }

    private static ResponseEntity<Object> unreadable(Throwable cause) {
        String field = "body";
        String message = "Malformed JSON";
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            message = mapping instanceof UnrecognizedPropertyException ? "Unknown field" : "Not a valid value";
        } else if (cause instanceof JsonParseException parse
                && parse.getMessage() != null
                && parse.getMessage().startsWith("Duplicate field")) {
            message = "A field is given twice: " + parse.getOriginalMessage();
        }
        return Problems.of(HttpStatus.BAD_REQUEST, message, List.of(new FieldError(field, message)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "A parameter is missing",
                List.of(new FieldError(e.getParameterName(), "Required")));
    }

    /** Spring's own errors (405, 415, ...) get the same {@code errors} list as ours. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.withErrorsList(super.handleExceptionInternal(e, body, headers, status, request));
    }

    private static String describe(Object value) {
        return value == null ? "empty" : "\"" + value + "\"";
    }
}
