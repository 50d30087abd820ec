package dev.crm.web.support;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;

/**
 * Binders for the records the application services take: the bean-validation annotations on the record are the
 * form's rules (the same ones the services enforce), and {@code @NotBlank} marks a field as required.
 */
public final class RecordBinders {

    private static final RequiredFieldConfigurator DEFAULT_OR_NOT_BLANK =
            (annotation, binding) -> RequiredFieldConfigurator.DEFAULT.test(annotation, binding)
                    || annotation.annotationType() == NotBlank.class;

    private RecordBinders() {}

    public static <R extends Record> BeanValidationBinder<R> of(Class<R> type) {
        BeanValidationBinder<R> binder = new BeanValidationBinder<>(type);
        binder.setRequiredConfigurator(DEFAULT_OR_NOT_BLANK);
        return binder;
    }
}
