package dev.crm.web.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.Text;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of one kind of record, checked against the rules declared on its details record as the user types.
 * Each field is bound to the record component of the same name, labelled from {@link #labels()} and given the id
 * {@code <prefix>-<component>}, so service errors land on it and tests find it.
 *
 * @param <D> the record's details, as the application services take them
 */
public abstract class RecordForm<D extends Record> extends FormLayout {

    private final BeanValidationBinder<D> binder;
    private final FieldLabels labels;
    private final String idPrefix;

    protected RecordForm(Class<D> type, FieldLabels labels, String idPrefix) {
        this.binder = RecordBinders.of(type);
        this.labels = labels;
        this.idPrefix = idPrefix;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
    }

    public void read(D details) {
        binder.readRecord(details);
    }

    /** @return the details as entered, or empty (and each error shown on its field) while any field is invalid */
    public Optional<D> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /** @return the errors that match no field */
    public List<FieldError> showErrors(List<FieldError> errors) {
        return FormErrors.show(binder, errors);
    }

    /** Makes every field but {@code editable} read-only, for someone allowed to change only those. */
    public void allowOnly(Set<String> editable) {
        binder.getFields().forEach(field -> field.setReadOnly(true));
        editable.forEach(property -> binder.getBinding(property)
                .ifPresent(binding -> binding.getField().setReadOnly(false)));
    }

    public FieldLabels labels() {
        return labels;
    }

    /** How this record's values read in its history and in conflicts; as they are unless a form knows better. */
    public FieldValueText valueText() {
        return FieldValueText.PLAIN;
    }

    /** A text field whose blanks are trimmed and whose empty value means "none", as the record stores it. */
    protected TextField textField(String property) {
        return text(new TextField(), property);
    }

    protected TextArea textArea(String property) {
        return text(new TextArea(), property);
    }

    /** Labels {@code field}, gives it its id and binds it as it is to the record component {@code property}. */
    protected <T, F extends Component & HasValue<?, T> & HasLabel> F field(F field, String property) {
        identify(field, property);
        binder.bind(field, property);
        return field;
    }

    /** Labels, identifies and binds a text-valued {@code field}, storing what the user typed trimmed (blank: none). */
    protected <F extends Component & HasValue<?, String> & HasLabel> F text(F field, String property) {
        identify(field, property);
        // Validate what will be stored: blanks trimmed, and an empty field is "none" rather than "".
        binder.forField(field)
                .withConverter(Text::clean, value -> value == null ? "" : value)
                .bind(property);
        return field;
    }

    private void identify(Component field, String property) {
        ((HasLabel) field).setLabel(labels.of(property));
        field.setId(idPrefix + "-" + property);
    }
}
