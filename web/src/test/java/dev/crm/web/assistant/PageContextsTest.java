package dev.crm.web.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Location;
import dev.crm.assistant.chat.ChatRequest.PageContext;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the side panel tells the assistant about the open page, and where an action card links. */
class PageContextsTest {

    @Test
    void aProjectsPageNamesTheProjectAndOtherPagesOnlyTheirRoute() {
        UUID id = UUID.randomUUID();
        assertThat(PageContexts.of(new Location("projects/" + id)))
                .isEqualTo(new PageContext("projects", "Project", id));
        assertThat(PageContexts.of(new Location("contacts?open=" + id)))
                .isEqualTo(new PageContext("contacts", null, null));
        assertThat(PageContexts.of(new Location("projects/not-an-id")))
                .isEqualTo(new PageContext("projects", null, null));
        assertThat(PageContexts.of(new Location(""))).isEqualTo(new PageContext(null, null, null));
    }

    @Test
    void eachRecordTypeLinksWhereItIsOpened() {
        UUID id = UUID.randomUUID();
        assertThat(RecordLinks.to("Contact", id)).contains("contacts?open=" + id);
        assertThat(RecordLinks.to("Organization", id)).contains("organizations?open=" + id);
        assertThat(RecordLinks.to("Project", id)).contains("projects/" + id);
        assertThat(RecordLinks.to("Task", id)).contains("tasks?open=" + id);
        assertThat(RecordLinks.to("Meeting", id)).isEmpty();
        assertThat(RecordLinks.to("Contact", null)).isEmpty();
    }
}
