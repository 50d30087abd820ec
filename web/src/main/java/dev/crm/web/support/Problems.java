package dev.crm.web.support;

import dev.crm.domain.shared.FieldError;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 7807 problem responses with the {@code errors:[{field,message}]} list every client can rely on. */
public final class Problems {

    private Problems() {}

    public static ResponseEntity<Object> of(HttpStatus status, String detail, List<FieldError> errors) {
        return of(status, detail, errors, Map.of());
    }

    public static ResponseEntity<Object> of(
            HttpStatus status, String detail, List<FieldError> errors, Map<String, Object> extra) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", errors);
        extra.forEach(problem::setProperty);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Spring's own problem bodies (405, 415, ...) get the same, here empty, {@code errors} list as ours. */
    static ResponseEntity<Object> withErrorsList(ResponseEntity<Object> response) {
        if (response != null
                && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("errors"))) {
            problem.setProperty("errors", List.of());
        }
        return response;
    }
}
