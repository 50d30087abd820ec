package dev.crm.web.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableRunnable;

/** The bar above a record list: what narrows the list on the left, the button that adds a record on the right. */
public final class ListToolbar {

    private ListToolbar() {}

    public static HorizontalLayout of(Component narrowing, Button add) {
        HorizontalLayout toolbar = new HorizontalLayout(narrowing, add);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(JustifyContentMode.BETWEEN);
        return toolbar;
    }

    /** The list's main action, "New contact" and the like: a primary button with a plus. */
    public static Button addButton(String label, String id, SerializableRunnable add) {
        Button button = new Button(label, VaadinIcon.PLUS.create(), event -> add.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
