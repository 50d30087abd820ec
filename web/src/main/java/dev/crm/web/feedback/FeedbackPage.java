package dev.crm.web.feedback;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.crm.application.feedback.FeedbackEntry;
import dev.crm.application.feedback.FeedbackService;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.shell.MainLayout;
import dev.crm.web.support.KeysetFetch;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Tell the CRM's makers what is broken or missing; the workspace's owner reads what everyone in it sent. */
@Route(value = "feedback", layout = MainLayout.class)
@PageTitle("Feedback · CRM")
@PermitAll
public class FeedbackPage extends VerticalLayout {

    private static final int PREVIEW = 160;

    private final FeedbackService feedback;
    private final UUID userId;

    public FeedbackPage(FeedbackService feedback, CurrentUser user) {
        this.feedback = feedback;
        this.userId = user.id();
        setSizeFull();
        boolean owner = feedback.seesWorkspaceFeedback(userId);

        Grid<FeedbackEntry> list = list(owner, user.dateTimeFormat(getLocale()));
        KeysetFetch<FeedbackEntry> pages = KeysetFetch.attach(list, page -> feedback.list(userId, page));
        add(
                new H3("Send feedback"),
                new FeedbackForm(feedback, user, pages::refreshAll),
                new H3(owner ? "Feedback from your workspace" : "Feedback you sent"),
                list);
        setFlexGrow(1, list);
    }

    private Grid<FeedbackEntry> list(boolean owner, DateTimeFormatter time) {
        Grid<FeedbackEntry> grid = new Grid<>();
        grid.setId("feedback-list");
        grid.setMinHeight("16rem");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(entry -> time.format(entry.createdAt()))
                .setHeader("Sent")
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (owner) {
            grid.addColumn(FeedbackEntry::authorName)
                    .setHeader("From")
                    .setWidth("11rem")
                    .setFlexGrow(0);
        }
        grid.addColumn(entry -> FeedbackForm.LABELS.get(entry.category()))
                .setHeader("Category")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> preview(entry.message()))
                .setHeader("Message")
                .setFlexGrow(1)
                .setTooltipGenerator(entry -> "Click the row to read all of it");
        grid.addComponentColumn(this::attachment)
                .setHeader("Attachment")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(FeedbackPage::fullMessage));
        grid.setEmptyStateText(owner ? "No feedback from your workspace yet." : "You have not sent feedback yet.");
        return grid;
    }

    private Component attachment(FeedbackEntry entry) {
        if (entry.attachment() == null) {
            return new Span("—");
        }
        UUID id = entry.id();
        DownloadHandler download = DownloadHandler.fromInputStream(event -> feedback.attachment(userId, id)
                .map(file -> new DownloadResponse(
                        new ByteArrayInputStream(file.content()),
                        file.name(),
                        file.type().mediaType(),
                        file.size()))
                .orElseGet(() -> DownloadResponse.error(404)));
        Anchor link = new Anchor(
                download,
                com.vaadin.flow.component.html.AttachmentType.DOWNLOAD,
                entry.attachment().name() + " (" + size(entry.attachment().size()) + ")");
        link.setTitle("Download");
        return link;
    }

    private static Div fullMessage(FeedbackEntry entry) {
        Div text = new Div(entry.message());
        text.getStyle().set("white-space", "pre-wrap").set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        return text;
    }

    private static String preview(String message) {
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() <= PREVIEW ? line : line.substring(0, PREVIEW - 1) + "…";
    }

    private static String size(int bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024
                ? Math.round(bytes / 1024.0) + " KB"
                : String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
