package dev.crm.domain.shared;

import java.util.List;

/** The actor may see the record but not make this change; names the fields concerned. */
public class NotAllowedException extends RuntimeException {

    private final List<FieldError> errors;

    public NotAllowedException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
