package dev.crm.web.assistant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.crm.assistant.actions.ChatAction;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One thing the assistant did (or asks to do) to a record, under its reply: the kind as a badge, the summary, a link
 * to the record, and what the user can decide: Confirm or Cancel a pending action, Undo a done one. A decision
 * replaces the card with the action as it now is.
 */
class ActionCard extends HorizontalLayout {

    /** Carries out the user's decision on an action and answers with the action as it now is. */
    interface Decisions {
        ChatAction confirm(ChatAction action);

        ChatAction cancel(ChatAction action);

        ChatAction undo(ChatAction action);
    }

    private final HorizontalLayout controls = new HorizontalLayout();

    ActionCard(ChatAction action, Decisions decisions) {
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
        controls.getStyle().set("gap", "var(--lumo-space-xs)");
        controls.addClassName("action-card-controls");
        add(controls);
        switch (String.valueOf(action.status())) {
            case "PENDING" ->
                controls.add(
                        button("Confirm", "primary small", () -> decisions.confirm(action), decisions),
                        button("Cancel", "tertiary small", () -> decisions.cancel(action), decisions));
            case "DONE" -> controls.add(button("Undo", "tertiary small", () -> decisions.undo(action), decisions));
            default -> controls.add(status(action.status()));
        }
    }

    private Button button(String label, String theme, Supplier<ChatAction> decide, Decisions decisions) {
        Button button = new Button(label);
        button.addClassName("action-" + label.toLowerCase(Locale.ROOT));
        button.addThemeName(theme);
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            ChatAction now = decide.get();
            if (now == null) {
                button.setEnabled(true); // refused: the panel says why, the user may try again
            } else {
                replaceWith(new ActionCard(now, decisions));
            }
        });
        return button;
    }

    private void replaceWith(ActionCard card) {
        getParent()
                .ifPresent(parent -> parent.getElement()
                        .insertChild(parent.getElement().indexOfChild(getElement()), card.getElement()));
        removeFromParent();
    }

    private static Span status(String status) {
        Span label = new Span(
                switch (String.valueOf(status)) {
                    case "CANCELLED" -> "Cancelled";
                    case "EXPIRED" -> "Expired";
                    case "UNDONE" -> "Undone";
                    default -> String.valueOf(status);
                });
        label.addClassName("action-card-status");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return label;
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
