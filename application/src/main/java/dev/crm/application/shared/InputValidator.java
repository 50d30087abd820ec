package dev.crm.application.shared;

import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.Patch;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Applies the bean-validation rules declared on the domain's records, for every channel alike. */
@Component
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    public void validate(Object input) {
        if (input == null) {
            throw InvalidInputException.of("body", "Required");
        }
        raise(validator.validate(input), input instanceof Record record ? StorableValues.of(record) : List.of());
    }

    /** Checks only the fields the patch changes. */
    @SuppressWarnings("unchecked")
    public <D extends Record> void validate(Patch<D> patch) {
        if (!patch.hasChanges()) {
            return;
        }
        Class<D> type = (Class<D>) patch.values().getClass();
        Set<ConstraintViolation<D>> violations = new java.util.HashSet<>();
        patch.changes().forEach((field, value) -> violations.addAll(validator.validateValue(type, field, value)));
        raise(violations, StorableValues.of(patch.changes()));
    }

    private static <T> void raise(Set<ConstraintViolation<T>> violations, List<FieldError> unstorable) {
        if (violations.isEmpty() && unstorable.isEmpty()) {
            return;
        }
        List<FieldError> errors = java.util.stream.Stream.concat(
                        violations.stream()
                                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())),
                        unstorable.stream())
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        throw new InvalidInputException(errors);
    }
}
