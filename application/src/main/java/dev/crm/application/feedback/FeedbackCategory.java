package dev.crm.application.feedback;

/** What a piece of feedback is about. */
public enum FeedbackCategory {
    BUG,
    IDEA,
    QUESTION,
    OTHER
}
