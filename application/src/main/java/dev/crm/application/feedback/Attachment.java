package dev.crm.application.feedback;

import dev.crm.domain.shared.InvalidInputException;

/** A file given with feedback: at most 2 MB, of a type its content proves ({@link AttachmentType}). */
public record Attachment(String name, AttachmentType type, byte[] content) {

    public static final int MAX_SIZE = 2 * 1024 * 1024;
    /** How forms and the REST API call the attachment when they report a problem with it. */
    public static final String FIELD = "file";

    private static final int MAX_NAME = 200;

    /**
     * Checks an uploaded file.
     *
     * @param fileName as the client named it; only its last path segment is kept
     * @throws InvalidInputException naming {@code file} if it is empty, too large or not an accepted type
     */
    public static Attachment of(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of(FIELD, "The file is empty");
        }
        if (content.length > MAX_SIZE) {
            throw InvalidInputException.of(FIELD, "The file is larger than 2 MB");
        }
        AttachmentType type = AttachmentType.detect(content)
                .orElseThrow(() -> InvalidInputException.of(
                        FIELD,
                        "Only PNG, JPEG, GIF or WebP images, PDF documents and plain text files can be attached"));
        return new Attachment(type.withExtension(cleanName(fileName)), type, content);
    }

    public int size() {
        return content.length;
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(name.length() - MAX_NAME); // keep the extension
        }
        return name.isBlank() || name.equals(".") || name.equals("..") ? "attachment" : name;
    }
}
