package dev.crm.web.project;

import com.vaadin.flow.component.combobox.ComboBox;
import dev.crm.web.support.KeysetFetch;
import java.util.UUID;

/** Picks one of the user's organizations, searching them as the user types; holds its id, as a project does. */
class OrganizationPicker extends ComboBox<UUID> {

    OrganizationPicker(OrganizationNames organizations) {
        KeysetFetch.attach(this, organizations::list);
        setItemLabelGenerator(organizations::of);
        setClearButtonVisible(true);
        setPlaceholder("None");
    }
}
