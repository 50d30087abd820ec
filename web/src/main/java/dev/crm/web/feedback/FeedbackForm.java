package dev.crm.web.feedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.crm.application.feedback.Attachment;
import dev.crm.application.feedback.FeedbackCategory;
import dev.crm.application.feedback.FeedbackInput;
import dev.crm.application.feedback.FeedbackService;
import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.web.shell.CurrentUser;
import dev.crm.web.support.FormErrors;
import dev.crm.web.support.Notifications;
import dev.crm.web.support.RecordBinders;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Category, message and an optional file. The file is checked as soon as it arrives (by its content, at most 2 MB),
 * and again by the service when the feedback is sent.
 */
class FeedbackForm extends VerticalLayout {

    static final Map<FeedbackCategory, String> LABELS = Map.of(
            FeedbackCategory.BUG, "Bug",
            FeedbackCategory.IDEA, "Idea",
            FeedbackCategory.QUESTION, "Question",
            FeedbackCategory.OTHER, "Other");
    private static final List<String> ACCEPTED = List.of(
            "image/png",
            "image/jpeg",
            "image/gif",
            "image/webp",
            "application/pdf",
            "text/plain",
            ".png",
            ".jpg",
            ".jpeg",
            ".gif",
            ".webp",
            ".pdf",
            ".txt",
            ".log",
            ".csv",
            ".md");

    private final FeedbackService feedback;
    private final CurrentUser user;
    private final Runnable onSent;
    private final BeanValidationBinder<FeedbackInput> binder = RecordBinders.of(FeedbackInput.class);
    private final Upload upload = new Upload();
    private final Span fileError = new Span();
    private Attachment attachment;

    FeedbackForm(FeedbackService feedback, CurrentUser user, Runnable onSent) {
        this.feedback = feedback;
        this.user = user;
        this.onSent = onSent;
        setPadding(false);
        setMaxWidth("48rem");

        RadioButtonGroup<FeedbackCategory> category = new RadioButtonGroup<>("What is it about?");
        category.setId("feedback-category");
        category.setItems(FeedbackCategory.values());
        category.setItemLabelGenerator(LABELS::get);
        binder.forField(category).bind("category");

        TextArea message = new TextArea("Message");
        message.setId("feedback-message");
        message.setWidthFull();
        message.setMinHeight("8rem");
        message.setMaxLength(FeedbackInput.MAX_MESSAGE);
        message.setValueChangeMode(ValueChangeMode.EAGER);
        message.setHelperText(counter(0));
        message.addValueChangeListener(
                event -> message.setHelperText(counter(event.getValue().length())));
        binder.forField(message).bind("message");

        upload.setId("feedback-file");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Attachment.MAX_SIZE);
        upload.setAcceptedFileTypes(ACCEPTED.toArray(String[]::new));
        upload.setUploadHandler(new AttachmentReceiver());
        upload.setDropLabel(new Span("Optional screenshot or file: PNG, JPEG, GIF, WebP, PDF or text, up to 2 MB"));
        upload.addFileRejectedListener(event -> showFileError(event.getErrorMessage()));
        upload.addFileRemovedListener(event -> {
            attachment = null;
            showFileError(null);
        });
        fileError.setId("feedback-file-error");
        fileError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        fileError.setVisible(false);

        Button send = new Button("Send feedback", VaadinIcon.PAPERPLANE.create(), event -> send());
        send.setId("feedback-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(category, message, upload, fileError, send);
        clear();
    }

    private void send() {
        FeedbackInput input;
        try {
            input = binder.writeRecord();
        } catch (ValidationException invalid) {
            return; // each error is shown on its field
        }
        try {
            feedback.submit(user.id(), input, attachment);
            Notifications.success("Thank you! Your feedback was sent.");
            clear();
            onSent.run();
        } catch (InvalidInputException invalid) {
            List<FieldError> unplaced = FormErrors.show(binder, invalid.errors());
            unplaced.forEach(error -> {
                if (error.field().equals(Attachment.FIELD)) {
                    showFileError(error.message());
                } else {
                    Notifications.error(error.message());
                }
            });
        }
    }

    private void clear() {
        binder.readRecord(new FeedbackInput(null, ""));
        upload.clearFileList();
        attachment = null;
        showFileError(null);
    }

    /** Runs when a file has arrived (outside the UI's lock): checks it, then keeps or refuses it in the UI. */
    private void received(String fileName, byte[] content) {
        try {
            Attachment checked = Attachment.of(fileName, content);
            attachment = checked;
            showFileError(null);
        } catch (InvalidInputException refused) {
            attachment = null;
            upload.clearFileList();
            showFileError(refused.errors().get(0).message());
        }
    }

    private void showFileError(String message) {
        fileError.setText(message == null ? "" : message);
        fileError.setVisible(message != null);
    }

    private static String counter(int length) {
        return length + " / " + FeedbackInput.MAX_MESSAGE;
    }

    /** Reads at most one byte more than allowed, so an oversized file is refused without holding all of it. */
    private final class AttachmentReceiver implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] content = event.getInputStream().readNBytes(Attachment.MAX_SIZE + 1);
            String fileName = event.getFileName();
            event.getUI().access(() -> received(fileName, content));
        }

        @Override
        public long getFileSizeMax() {
            return Attachment.MAX_SIZE;
        }
    }
}
