package dev.crm.domain.shared;

/**
 * Text normalisation for record fields: surrounding blanks are noise, and an empty value means "none". And what
 * text PostgreSQL can store faithfully.
 */
public final class Text {

    private Text() {}

    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * Why PostgreSQL cannot store this text as given, or null: {@code text} cannot hold NUL characters, and an
     * unpaired UTF-16 surrogate has no UTF-8 encoding (the driver would store a replacement character instead).
     */
    public static String unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "Must not contain NUL characters";
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return "Must not contain control characters";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "Must not contain unpaired UTF-16 surrogates (not valid Unicode text)";
            }
        }
        return null;
    }

    /**
     * Whether text that is not blank still shows nothing: only invisible characters (zero-width spaces and joiners,
     * direction marks, the Hangul and Braille blanks) and white space. Such a name looks empty to every reader.
     */
    public static boolean looksBlank(String text) {
        boolean invisible = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.FORMAT
                    || c == 0x3164
                    || c == 0x115F
                    || c == 0x1160
                    || c == 0xFFA0
                    || c == 0x2800) {
                invisible = true;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return invisible;
    }
}
