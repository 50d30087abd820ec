package dev.crm.web.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/** The frame around every signed-in page: logo and navigation on the left, page title and account menu on top. */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 pageTitle = new H1();

    public MainLayout(CurrentUser user) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(new Navigation()));
        addToNavbar(new DrawerToggle(), pageTitle, new AccountMenu(user));
        pageTitle
                .getStyle()
                .set("font-size", "var(--lumo-font-size-l)")
                .set("margin", "0")
                .set("flex-grow", "1");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        pageTitle.setText(Navigation.at(event.getLocation().getPath())
                .map(Navigation.Destination::label)
                .orElse(""));
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
