package dev.crm.web.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/**
 * The page shell every view shares. Server push lets work finished on a background thread (the assistant's reply)
 * reach the browser without the user doing anything; websocket first, long polling where a proxy blocks it.
 */
@Push
public class AppShell implements AppShellConfigurator {}
