package dev.crm.domain.shared;

/** Text normalisation for record fields: surrounding blanks are noise, and an empty value means "none". */
public final class Text {

    private Text() {
    }

    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
