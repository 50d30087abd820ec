package dev.crm.web.shell;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * The signed-in user changed their profile (name, e-mail, time zone) in this UI. Fired on the {@link UI}, so the
 * parts of the frame that show the profile (the account menu) update without a reload.
 */
public class ProfileChanged extends ComponentEvent<UI> {

    public ProfileChanged(UI ui) {
        super(ui, false);
    }

    public static void fire(UI ui) {
        ComponentUtil.fireEvent(ui, new ProfileChanged(ui));
    }
}
