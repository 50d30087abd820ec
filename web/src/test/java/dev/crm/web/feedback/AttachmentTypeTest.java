package dev.crm.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.application.feedback.Attachment;
import dev.crm.application.feedback.AttachmentType;
import dev.crm.domain.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Attachments are recognized by their first bytes, whatever they are called. */
class AttachmentTypeTest {

    @Test
    void recognizesTheAcceptedKindsByTheirSignatures() {
        assertThat(AttachmentType.detect(FeedbackApiTest.PNG)).contains(AttachmentType.PNG);
        assertThat(AttachmentType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F')))
                .contains(AttachmentType.JPEG);
        assertThat(AttachmentType.detect(ascii("GIF87a\u0001\u0000"))).contains(AttachmentType.GIF);
        assertThat(AttachmentType.detect(ascii("GIF89a\u0001\u0000"))).contains(AttachmentType.GIF);
        assertThat(AttachmentType.detect(ascii("RIFF\u0010\u0000\u0000\u0000WEBPVP8 ")))
                .contains(AttachmentType.WEBP);
        assertThat(AttachmentType.detect(ascii("%PDF-1.7\n%\u0000"))).contains(AttachmentType.PDF);
        assertThat(AttachmentType.detect("Grüße,\r\n\tcolumns;and more\n".getBytes(StandardCharsets.UTF_8)))
                .contains(AttachmentType.TEXT);
        assertThat(AttachmentType.detect(bytes(0xEF, 0xBB, 0xBF, 'h', 'i'))).contains(AttachmentType.TEXT);
    }

    @Test
    void refusesEverythingElse() {
        assertThat(AttachmentType.detect(new byte[0])).isEmpty();
        assertThat(AttachmentType.detect(bytes('M', 'Z', 0x90, 0, 3, 0))).isEmpty(); // a Windows executable
        assertThat(AttachmentType.detect(bytes(0x50, 0x4B, 3, 4, 20, 0))).isEmpty(); // a zip (or .docx)
        assertThat(AttachmentType.detect(bytes('h', 'i', 0xC3))).isEmpty(); // broken UTF-8
        assertThat(AttachmentType.detect(ascii("text with a NUL \u0000 byte"))).isEmpty();
        assertThat(AttachmentType.detect(bytes(0x89, 'P', 'N', 'G'))).isEmpty(); // a truncated signature
        assertThat(AttachmentType.detect(ascii("RIFF\u0010\u0000\u0000\u0000WAVEfmt ")))
                .isEmpty();
    }

    @Test
    void namesKeepOnlyTheirLastSegmentAndCarryTheDetectedTypesExtension() {
        assertThat(Attachment.of("C:\\Users\\me\\shot.PNG", FeedbackApiTest.PNG).name())
                .isEqualTo("shot.PNG");
        assertThat(Attachment.of("../../etc/screen", FeedbackApiTest.PNG).name())
                .isEqualTo("screen.png");
        assertThat(Attachment.of("notes.pdf", ascii("just words")).name()).isEqualTo("notes.pdf.txt");
        assertThat(Attachment.of("\"\u0007", ascii("just words")).name()).isEqualTo("attachment.txt");
        assertThat(Attachment.of(null, ascii("%PDF-1.4")).name()).isEqualTo("attachment.pdf");
        assertThatThrownBy(() -> Attachment.of("x.png", new byte[Attachment.MAX_SIZE + 1]))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("file: ");
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
