package dev.crm.web.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The side panel at the right of every page that holds a chat with the assistant. The chat is made when the panel
 * first opens and kept while the user moves between pages, so a conversation carries on.
 */
class ChatDrawer extends VerticalLayout {

    private final ChatDrawerContent content;
    private Component chat;

    ChatDrawer(ChatDrawerContent content) {
        this.content = content;
        setId("chat-drawer");
        setVisible(false);
        setPadding(false);
        setSpacing(false);
        setHeightFull();
        setWidth("26rem");
        getStyle()
                .set("flex-shrink", "0")
                .set("border-left", "1px solid var(--lumo-contrast-10pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("box-sizing", "border-box");
        add(header());
    }

    void toggle() {
        if (isVisible()) {
            close();
        } else {
            open();
        }
    }

    void open() {
        if (chat == null) {
            chat = content.create();
            add(chat);
            setFlexGrow(1, chat);
        }
        setVisible(true);
    }

    void close() {
        setVisible(false);
    }

    private HorizontalLayout header() {
        H2 title = new H2("Assistant");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close the assistant");
        close.setId("chat-drawer-close");
        HorizontalLayout header = new HorizontalLayout(title, close);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return header;
    }
}
