package dev.crm.web.shell;

import com.vaadin.flow.component.Component;

/**
 * The chat shown in the side panel beside every page. The assistant's views provide it, so the frame needs no
 * import of them (they import the frame).
 */
public interface ChatDrawerContent {

    /** A new chat for the signed-in user; called on the UI thread, once per browser tab. */
    Component create();
}
