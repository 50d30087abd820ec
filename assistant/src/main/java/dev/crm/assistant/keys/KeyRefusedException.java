package dev.crm.assistant.keys;

/** The provider did not accept a key (or could not be reached to ask): HTTP 422 naming the field and its reason. */
public class KeyRefusedException extends RuntimeException {

    private final String field;

    public KeyRefusedException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
