package dev.crm.application.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user writes when giving feedback; an attachment may come with it. */
public record FeedbackInput(
        @NotNull(message = "Choose a category") FeedbackCategory category,

        @NotBlank(message = "Message is required")
        @Size(max = FeedbackInput.MAX_MESSAGE, message = "Message is at most 5000 characters")
        String message) {

    public static final int MAX_MESSAGE = 5000;
}
