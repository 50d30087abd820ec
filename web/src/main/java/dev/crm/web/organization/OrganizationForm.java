package dev.crm.web.organization;

import com.vaadin.flow.component.textfield.TextArea;
import dev.crm.domain.organization.OrganizationDetails;
import dev.crm.web.support.FieldLabels;
import dev.crm.web.support.RecordForm;
import java.util.Map;

/** The fields of an organization, checked against the rules declared on {@link OrganizationDetails}. */
class OrganizationForm extends RecordForm<OrganizationDetails> {

    static final FieldLabels LABELS = new FieldLabels(Map.of(
            "name", "Name",
            "industry", "Industry",
            "description", "Description"));

    OrganizationForm() {
        super(OrganizationDetails.class, LABELS, "organization");
        TextArea description = textArea("description");
        description.setMinHeight("8rem");
        add(textField("name"), textField("industry"), description);
        setColspan(description, 2);
    }
}
