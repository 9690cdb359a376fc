package io.admitone.admin.support;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;

/** The browser's poll, which a browserless test has to send itself: screens that wait on one go on with it. */
public final class Poll {

    private Poll() {
    }

    public static void arrives() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }
}
