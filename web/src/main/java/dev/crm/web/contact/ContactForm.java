package dev.crm.web.contact;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.Text;
import dev.crm.web.support.FieldLabels;
import dev.crm.web.support.FormErrors;
import dev.crm.web.support.RecordBinders;

/** The fields of a contact, checked against the rules declared on {@link ContactDetails} as the user types. */
class ContactForm extends FormLayout {

    static final FieldLabels LABELS = new FieldLabels(Map.of(
            "name", "Name",
            "email", "E-mail",
            "phone", "Phone",
            "jobPosition", "Job position",
            "organization", "Organization"));

    private final BeanValidationBinder<ContactDetails> binder = RecordBinders.of(ContactDetails.class);

    ContactForm() {
        TextField name = field("name");
        add(name, field("email"), field("phone"), field("jobPosition"), field("organization"));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
        setColspan(name, 2);
    }

    void read(ContactDetails details) {
        binder.readRecord(details);
    }

    /** @return the details as entered, or empty (and each error shown on its field) while any field is invalid */
    Optional<ContactDetails> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /** @return the errors that match no field */
    List<FieldError> showErrors(List<FieldError> errors) {
        return FormErrors.show(binder, errors);
    }

    private TextField field(String property) {
        TextField field = new TextField(LABELS.of(property));
        field.setId("contact-" + property);
        // Validate what will be stored: blanks trimmed, and an empty field is "none" rather than "".
        binder.forField(field)
                .withConverter(Text::clean, value -> value == null ? "" : value)
                .bind(property);
        return field;
    }
}
