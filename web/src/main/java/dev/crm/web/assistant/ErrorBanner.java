package dev.crm.web.assistant;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A failed turn's reason above the message box, with the way to fix it when there is one; gone on the next send. */
class ErrorBanner extends Div {

    ErrorBanner() {
        setId("chat-error");
        getElement().setAttribute("role", "alert");
        getStyle()
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("color", "var(--lumo-error-text-color)")
                .set("box-sizing", "border-box");
        setWidthFull();
        setVisible(false);
    }

    void show(ChatProblem problem) {
        removeAll();
        Span message = new Span(problem.message());
        message.setId("chat-error-message");
        add(message);
        if (problem.fixRoute() != null) {
            Anchor fix = new Anchor(problem.fixRoute(), problem.fixLabel());
            fix.setId("chat-error-fix");
            fix.getElement().setAttribute("router-link", true);
            fix.getStyle().set("margin-inline-start", "var(--lumo-space-s)").set("font-weight", "600");
            add(fix);
        }
        setVisible(true);
    }

    void hide() {
        removeAll();
        setVisible(false);
    }
}
