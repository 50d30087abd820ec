package dev.crm.web.support;

import dev.crm.domain.shared.FieldError;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Failures before any of our controllers is chosen — an API path that does not exist (404), a method a path does not
 * take (405), a multipart body that cannot be read — answer with problem bodies too, not Spring's default error page.
 * ({@link ApiExceptionHandler} covers our controllers; advice limited to packages never sees these.)
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RoutingProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException e) {
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "Not a readable multipart/form-data body",
                List.of(new FieldError("body", "Not a readable multipart/form-data body (is its boundary missing?)")));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.withErrorsList(super.handleExceptionInternal(e, body, headers, status, request));
    }
}
