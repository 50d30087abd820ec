package dev.crm.web.task;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.crm.domain.task.TaskDetails;
import dev.crm.domain.task.TaskPriority;
import dev.crm.domain.task.TaskStatus;
import dev.crm.projections.project.Person;
import dev.crm.web.support.DateFormats;
import dev.crm.web.support.EnumLabels;
import dev.crm.web.support.FieldLabels;
import dev.crm.web.support.FieldValueText;
import dev.crm.web.support.RecordForm;
import dev.crm.web.workspace.PeopleNames;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The fields of a task; its assignee is one of the people working on its project. */
class TaskForm extends RecordForm<TaskDetails> {

    static final FieldLabels LABELS = new FieldLabels(Map.of(
            "name", "Task name",
            "status", "Status",
            "priority", "Priority",
            "assigneeId", "Assignee",
            "dueDate", "Due date"));

    private final FieldValueText valueText;

    /**
     * @param projectMembers the project's owner and assignees: who the task may be assigned to
     * @param people         names for every id the task's history may hold
     */
    TaskForm(List<Person> projectMembers, PeopleNames people, DateTimeFormatter dayFormat) {
        super(TaskDetails.class, LABELS, "task");
        TextField name = textField("name");
        Select<TaskStatus> status = field(new Select<>(), "status");
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(EnumLabels::of);
        Select<TaskPriority> priority = field(new Select<>(), "priority");
        priority.setItems(TaskPriority.values());
        priority.setItemLabelGenerator(EnumLabels::of);
        ComboBox<UUID> assignee = field(new ComboBox<>(), "assigneeId");
        assignee.setItems(projectMembers.stream().map(Person::id).toList());
        assignee.setItemLabelGenerator(people::of);
        assignee.setClearButtonVisible(true);
        assignee.setPlaceholder("Nobody");
        assignee.setHelperText("Someone working on the project");
        add(name, status, priority, assignee, field(new DatePicker(), "dueDate"));
        setColspan(name, 2);
        valueText = (field, value) -> switch (field) {
            case "status", "priority" -> EnumLabels.of(value);
            case "assigneeId" -> people.ofValue(value);
            case "dueDate" -> DateFormats.storedDay(dayFormat, value);
            default -> FieldValueText.PLAIN.of(field, value);
        };
    }

    @Override
    public FieldValueText valueText() {
        return valueText;
    }
}
