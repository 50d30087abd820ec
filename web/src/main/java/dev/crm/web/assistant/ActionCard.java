package dev.crm.web.assistant;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.crm.assistant.chat.ChatAction;
import java.util.Locale;

/**
 * One thing the assistant did (or asks to do) to a record, under its reply: the kind as a badge, the summary and a
 * link to the record. {@link #controls()} is where a pending action's Confirm/Cancel and a done action's Undo go.
 */
class ActionCard extends HorizontalLayout {

    private final HorizontalLayout controls = new HorizontalLayout();

    ActionCard(ChatAction action) {
        addClassName("action-card");
        getElement().setAttribute("data-kind", String.valueOf(action.kind()));
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        setWidthFull();
        getStyle()
                .set("gap", "var(--lumo-space-s)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-base-color)");
        Span summary = new Span(action.summary());
        summary.addClassName("action-card-summary");
        summary.getStyle().set("flex-grow", "1");
        add(badge(action.kind()), summary);
        if (!"DELETED".equals(action.kind())) {
            RecordLinks.to(action.recordType(), action.recordId()).ifPresent(href -> add(link(href, action)));
        }
        controls.setSpacing(false);
        controls.addClassName("action-card-controls");
        add(controls);
    }

    /** Where buttons that act on this action (confirm, cancel, undo) belong. */
    HorizontalLayout controls() {
        return controls;
    }

    private static Span badge(String kind) {
        Span badge = new Span(
                switch (String.valueOf(kind)) {
                    case "CREATED" -> "Created";
                    case "UPDATED" -> "Updated";
                    case "DELETED" -> "Deleted";
                    case "PENDING" -> "Needs your OK";
                    default -> String.valueOf(kind);
                });
        badge.addClassName("action-card-kind");
        badge.getElement()
                .setAttribute(
                        "theme",
                        switch (String.valueOf(kind)) {
                            case "CREATED" -> "badge success";
                            case "DELETED" -> "badge error";
                            case "PENDING" -> "badge contrast";
                            default -> "badge";
                        });
        return badge;
    }

    private static Anchor link(String href, ChatAction action) {
        Anchor link = new Anchor(href, "Open " + action.recordType().toLowerCase(Locale.ROOT));
        link.addClassName("action-card-link");
        // followed by Vaadin's router in this tab, without reloading the page
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
