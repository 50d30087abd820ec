package dev.crm.web.project;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.crm.domain.project.ProjectDetails;
import dev.crm.domain.project.ProjectStatus;
import dev.crm.web.support.DateFormats;
import dev.crm.web.support.EnumLabels;
import dev.crm.web.support.FieldLabels;
import dev.crm.web.support.FieldValueText;
import dev.crm.web.support.RecordForm;
import dev.crm.web.workspace.PeopleNames;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The fields of a project: name, status, organization, assignees among the workspace's members, due date. */
class ProjectForm extends RecordForm<ProjectDetails> {

    static final FieldLabels LABELS = new FieldLabels(Map.of(
            "name", "Name",
            "status", "Status",
            "organizationId", "Organization",
            "assigneeIds", "Assignees",
            "dueDate", "Due date"));

    private final FieldValueText valueText;

    /**
     * @param candidates who may be assigned (ids, named by {@code people})
     */
    ProjectForm(
            OrganizationNames organizations,
            Collection<UUID> candidates,
            PeopleNames people,
            DateTimeFormatter dayFormat) {
        super(ProjectDetails.class, LABELS, "project");
        valueText = valueText(organizations, people, dayFormat);
        TextField name = textField("name");
        Select<ProjectStatus> status = field(new Select<>(), "status");
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(EnumLabels::of);
        DatePicker dueDate = field(new DatePicker(), "dueDate");
        MultiSelectComboBox<UUID> assignees = field(new MultiSelectComboBox<>(), "assigneeIds");
        assignees.setItems(candidates);
        assignees.setItemLabelGenerator(people::of);
        assignees.setPlaceholder("Only you");
        OrganizationPicker organization = field(new OrganizationPicker(organizations), "organizationId");
        add(name, status, dueDate, organization, assignees);
        setColspan(name, 2);
        setColspan(organization, 2);
        setColspan(assignees, 2);
    }

    /** For someone assigned to the project: they may change its status only, and are told so. */
    void limitToStatus(String ownerName) {
        allowOnly(Set.of("status"));
        Span hint = new Span("You are assigned to this project: you can change its status. " + ownerName
                + ", its owner, changes the rest.");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        addComponentAsFirst(hint);
        setColspan(hint, 2);
    }

    @Override
    public FieldValueText valueText() {
        return valueText;
    }

    /** Names for ids, words for codes, days as the user reads them: for the history and conflicts of a project. */
    static FieldValueText valueText(OrganizationNames organizations, PeopleNames people, DateTimeFormatter dayFormat) {
        return (field, value) -> switch (field) {
            case "status" -> EnumLabels.of(value);
            case "organizationId" -> value == null ? "—" : organizations.of(UUID.fromString(value.toString()));
            case "assigneeIds" -> people.ofValue(value);
            case "dueDate" -> DateFormats.storedDay(dayFormat, value);
            default -> FieldValueText.PLAIN.of(field, value);
        };
    }
}
