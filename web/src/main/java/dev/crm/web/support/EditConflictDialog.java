package dev.crm.web.support;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.FieldConflict;

/**
 * Someone changed the same fields while the user was editing. Shows, field by field, the value now stored and the
 * user's, and lets them keep theirs on top or drop their edit. Closing it returns to the form unchanged.
 */
public class EditConflictDialog extends Dialog {

    public EditConflictDialog(
            EditConflictException conflict,
            FieldLabels labels,
            SerializableRunnable applyMine,
            SerializableRunnable discardMine) {
        this(conflict, labels, FieldValueText.PLAIN, applyMine, discardMine);
    }

    /** @param values how values read, for fields that hold ids or codes */
    public EditConflictDialog(
            EditConflictException conflict,
            FieldLabels labels,
            FieldValueText values,
            SerializableRunnable applyMine,
            SerializableRunnable discardMine) {
        setHeaderTitle("Changed while you were editing");
        setWidth("40rem");
        Grid<FieldConflict> fields = new Grid<>();
        fields.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        fields.addColumn(c -> labels.of(c.field())).setHeader("Field");
        fields.addColumn(c -> values.of(c.field(), c.currentValue())).setHeader("Now saved");
        fields.addColumn(c -> values.of(c.field(), c.yourValue())).setHeader("Yours");
        fields.setItems(conflict.conflicts());
        fields.setAllRowsVisible(true);
        add(
                new Paragraph("Someone else changed these fields after you opened the record. "
                        + "Your other changes do not collide."),
                fields);

        Button discard = new Button("Discard mine", event -> {
            close();
            discardMine.run();
        });
        Button apply = new Button("Apply mine on top", event -> {
            close();
            applyMine.run();
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(discard, apply);
    }
}
