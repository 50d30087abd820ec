package dev.crm.web.settings;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A settings tab whose feature is not built yet: says so, and offers nothing to click. */
class ComingTab extends VerticalLayout {

    ComingTab(String what) {
        setPadding(false);
        Span badge = new Span("Coming");
        badge.getElement().getThemeList().add("badge contrast");
        Paragraph text = new Paragraph(what);
        text.getStyle().set("max-width", "40rem").set("color", "var(--lumo-secondary-text-color)");
        add(badge, text);
    }
}
