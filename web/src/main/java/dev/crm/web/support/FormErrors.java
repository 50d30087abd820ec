package dev.crm.web.support;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import dev.crm.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the errors the application services report ({@code InvalidInputException}, a taken e-mail, ...) on the form
 * fields bound to the same property names, next to what the user typed.
 */
public final class FormErrors {

    private FormErrors() {}

    /** @return the errors no bound field can show, for the caller to show elsewhere */
    public static List<FieldError> show(Binder<?> binder, List<FieldError> errors) {
        List<FieldError> unplaced = new ArrayList<>();
        for (FieldError error : errors) {
            binder.getBinding(error.field())
                    .map(Binder.Binding::getField)
                    .filter(HasValidation.class::isInstance)
                    .map(HasValidation.class::cast)
                    .ifPresentOrElse(
                            field -> {
                                field.setErrorMessage(error.message());
                                field.setInvalid(true);
                            },
                            () -> unplaced.add(error));
        }
        return unplaced;
    }
}
