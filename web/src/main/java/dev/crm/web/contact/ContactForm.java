package dev.crm.web.contact;

import java.util.Map;

import com.vaadin.flow.component.textfield.TextField;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.web.support.FieldLabels;
import dev.crm.web.support.RecordForm;

/** The fields of a contact, checked against the rules declared on {@link ContactDetails} as the user types. */
class ContactForm extends RecordForm<ContactDetails> {

    static final FieldLabels LABELS = new FieldLabels(Map.of(
            "name", "Name",
            "email", "E-mail",
            "phone", "Phone",
            "jobPosition", "Job position",
            "organization", "Organization"));

    ContactForm() {
        super(ContactDetails.class, LABELS, "contact");
        TextField name = textField("name");
        add(name, textField("email"), textField("phone"), textField("jobPosition"), textField("organization"));
        setColspan(name, 2);
    }
}
