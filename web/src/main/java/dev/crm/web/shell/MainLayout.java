package dev.crm.web.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in page: logo and navigation on the left, page title, the assistant's button and
 * the account menu on top, and the assistant's side panel at the right of the page when opened.
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The assistant's own page, where a second chat beside it would only repeat it. */
    private static final String ASSISTANT = "assistant";

    private final H1 pageTitle = new H1();
    private final HorizontalLayout body = new HorizontalLayout();
    private final ChatDrawer chatDrawer;
    private final Button chatToggle;
    private Component page;

    public MainLayout(CurrentUser user, ChatDrawerContent chat) {
        setPrimarySection(Section.DRAWER);
        chatDrawer = new ChatDrawer(chat);
        chatToggle = chatToggle();
        addToDrawer(brand(), new Scroller(new Navigation()));
        addToNavbar(new DrawerToggle(), pageTitle, chatToggle, new AccountMenu(user));
        pageTitle
                .getStyle()
                .set("font-size", "var(--lumo-font-size-l)")
                .set("margin", "0")
                .set("flex-grow", "1");
        body.setSizeFull();
        body.setPadding(false);
        body.setSpacing(false);
        body.add(chatDrawer);
        setContent(body);
    }

    /** The page goes left of the side panel, taking the width the panel leaves. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        Component next = content.getElement().getComponent().orElseThrow();
        if (page != null) {
            body.remove(page);
        }
        page = next;
        body.addComponentAsFirst(page);
        body.setFlexGrow(1, page);
        page.getElement().getStyle().set("min-width", "0");
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        oldContent.getElement().getComponent().ifPresent(old -> {
            body.remove(old);
            if (old == page) {
                page = null;
            }
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        pageTitle.setText(Navigation.at(path).map(Navigation.Destination::label).orElse(""));
        boolean onAssistant = ASSISTANT.equals(path);
        chatToggle.setVisible(!onAssistant);
        if (onAssistant) {
            chatDrawer.close();
        }
    }

    private Button chatToggle() {
        Button toggle = new Button("Ask", VaadinIcon.CHAT.create(), event -> chatDrawer.toggle());
        toggle.setId("chat-drawer-toggle");
        toggle.setAriaLabel("Ask the assistant about this page");
        toggle.setTooltipText("Ask the assistant about this page");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return toggle;
    }

    private static RouterLink brand() {
        Image logo = new Image("images/logo.svg", "");
        logo.setHeight("2rem");
        Span name = new Span("CRM");
        name.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        HorizontalLayout brand = new HorizontalLayout(logo, name);
        brand.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        brand.getStyle().set("padding", "var(--lumo-space-m)").set("color", "var(--lumo-header-text-color)");
        RouterLink home = new RouterLink("", HomePage.class);
        home.add(brand);
        home.getStyle().set("text-decoration", "none");
        return home;
    }
}
