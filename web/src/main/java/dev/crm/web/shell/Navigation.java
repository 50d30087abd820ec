package dev.crm.web.shell;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import java.util.Optional;

/**
 * Every destination of the CRM. A destination whose view is not built yet is listed as "soon" and cannot be
 * followed; it becomes a link by itself once a view registers its route.
 */
class Navigation extends SideNav {

    record Destination(String label, String path, VaadinIcon icon) {}

    static final List<Destination> DESTINATIONS = List.of(
            new Destination("Assistant", "assistant", VaadinIcon.CHAT),
            new Destination("Contacts", "contacts", VaadinIcon.USERS),
            new Destination("Organizations", "organizations", VaadinIcon.OFFICE),
            new Destination("Projects", "projects", VaadinIcon.BRIEFCASE),
            new Destination("Tasks", "tasks", VaadinIcon.TASKS),
            new Destination("Calendar", "calendar", VaadinIcon.CALENDAR),
            new Destination("Settings", "settings", VaadinIcon.COG),
            new Destination("Feedback", "feedback", VaadinIcon.COMMENT));

    Navigation() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        DESTINATIONS.forEach(destination -> addItem(
                routes.isPathAvailable(destination.path())
                        ? new SideNavItem(
                                destination.label(),
                                destination.path(),
                                destination.icon().create())
                        : comingSoon(destination)));
    }

    /** The destination whose path starts {@code path}, for the page header. */
    static Optional<Destination> at(String path) {
        return DESTINATIONS.stream()
                .filter(d -> path.equals(d.path()) || path.startsWith(d.path() + "/"))
                .findFirst();
    }

    private static SideNavItem comingSoon(Destination destination) {
        SideNavItem item = new SideNavItem(destination.label());
        item.setPrefixComponent(destination.icon().create());
        item.setSuffixComponent(soonBadge());
        item.setTooltipText("Coming soon");
        item.setEnabled(false);
        return item;
    }

    private static Span soonBadge() {
        Span badge = new Span("soon");
        badge.getStyle()
                .set("font-size", "var(--lumo-font-size-xxs)")
                .set("padding", "0 var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-10pct)")
                .set("color", "var(--lumo-secondary-text-color)");
        return badge;
    }
}
