package dev.crm.web.organization;

import com.vaadin.flow.function.SerializableRunnable;
import dev.crm.application.organization.OrganizationService;
import dev.crm.domain.organization.OrganizationDetails;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.projections.organization.OrganizationView;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.support.RecordDialog;
import dev.crm.web.support.RecordKind;
import java.util.UUID;

/** The organization's create and edit dialogs: the generic record dialog with the organization form. */
final class OrganizationDialog {

    static final RecordKind<OrganizationDetails, OrganizationView> KIND = new RecordKind<>(
            "organization",
            OrganizationView::id,
            OrganizationView::version,
            OrganizationView::details,
            OrganizationView::name);

    private OrganizationDialog() {}

    static RecordDialog<OrganizationDetails, OrganizationView> create(
            OrganizationService organizations, CurrentUser user, SerializableRunnable afterChange) {
        return RecordDialog.forNew(
                KIND,
                new OrganizationForm(),
                user,
                details -> organizations.create(user.actor(), details),
                afterChange);
    }

    /** @throws RecordNotFoundException if the organization is gone */
    static RecordDialog<OrganizationDetails, OrganizationView> edit(
            OrganizationService organizations, CurrentUser user, UUID id, SerializableRunnable afterChange) {
        return RecordDialog.forExisting(
                        KIND,
                        organizations,
                        new OrganizationForm(),
                        user,
                        organizations.get(user.id(), id),
                        afterChange)
                .onDelete(
                        "The organization disappears from your lists and from the projects that mention it. "
                                + "Its history is kept.",
                        afterChange);
    }
}
