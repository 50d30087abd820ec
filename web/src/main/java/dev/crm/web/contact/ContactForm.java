package dev.crm.web.contact;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableFunction;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import dev.crm.web.support.FieldLabels;
import dev.crm.web.support.KeysetFetch;
import dev.crm.web.support.RecordForm;
import java.util.Map;

/** The fields of a contact, checked against the rules declared on {@link ContactDetails} as the user types. */
class ContactForm extends RecordForm<ContactDetails> {

    static final FieldLabels LABELS = new FieldLabels(Map.of(
            "name", "Name",
            "email", "E-mail",
            "phone", "Phone",
            "jobPosition", "Job position",
            "organization", "Organization"));

    /** @param organizationNames the user's organizations, offered for the organization field */
    ContactForm(SerializableFunction<PageRequest, Page<String>> organizationNames) {
        super(ContactDetails.class, LABELS, "contact");
        TextField name = textField("name");
        add(
                name,
                textField("email"),
                textField("phone"),
                textField("jobPosition"),
                text(organizationField(organizationNames), "organization"));
        setColspan(name, 2);
    }

    /** One of the user's organizations, or any name typed freely: a contact's organization is just text. */
    private static ComboBox<String> organizationField(SerializableFunction<PageRequest, Page<String>> names) {
        ComboBox<String> organization = new ComboBox<>();
        KeysetFetch.attach(organization, names);
        organization.setAllowCustomValue(true);
        // an open drop-down would swallow the typed name when the user clicks Save straight away
        organization.setAutoOpen(false);
        organization.addCustomValueSetListener(event -> organization.setValue(event.getDetail()));
        organization.setClearButtonVisible(true);
        return organization;
    }
}
