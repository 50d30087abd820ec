package dev.crm.application.account;

/** Each e-mail address signs in to one account. */
public class EmailTakenException extends RuntimeException {

    public EmailTakenException() {
        super("An account with this e-mail address already exists");
    }
}
