package dev.crm.application.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The command checks what it is asked for before it writes anything. */
class SampleDataCommandTest {

    final Clock clock = Clock.systemUTC();

    SampleDataCommand command(MockEnvironment environment) {
        List<SampleGenerator> generators = List.of(
                new TaskSampleGenerator(clock),
                new ContactSampleGenerator(),
                new ProjectSampleGenerator(clock),
                new OrganizationSampleGenerator(clock));
        return new SampleDataCommand(environment, null, null, null, null, null, generators, null);
    }

    @Test
    void kindsLoadInOrderOrganizationsProjectsTasksContacts() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("crm.sample-data.contacts", "5")
                .withProperty("crm.sample-data.tasks", "4")
                .withProperty("crm.sample-data.projects", "3")
                .withProperty("crm.sample-data.organizations", "2");
        assertThat(command(environment).counts().entrySet())
                .extracting(e -> e.getKey().name() + "=" + e.getValue())
                .containsExactly("organizations=2", "projects=3", "tasks=4", "contacts=5");
    }

    @Test
    void tasksWithoutProjectsAreRefusedWithAClearMessage() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("crm.sample-data.tasks", "10")
                .withProperty("crm.sample-data.organizations", "2");
        assertThatThrownBy(() -> command(environment).counts())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--crm.sample-data.tasks needs Project records")
                .hasMessageContaining("--crm.sample-data.projects=N");
        environment.setProperty("crm.sample-data.projects", "1");
        assertThat(command(environment).counts()).hasSize(3);
    }

    @Test
    void countsAboveTenMillionOrBelowZeroAreRefused() {
        for (String kind : List.of("organizations", "projects", "tasks", "contacts")) {
            assertThatThrownBy(() -> command(new MockEnvironment().withProperty("crm.sample-data." + kind, "10000001"))
                            .counts())
                    .hasMessageContaining("crm.sample-data." + kind + " must be between 0 and 10000000");
            assertThatThrownBy(() -> command(new MockEnvironment().withProperty("crm.sample-data." + kind, "-1"))
                            .counts())
                    .hasMessageContaining("must be between 0 and 10000000");
        }
        assertThatThrownBy(() -> command(new MockEnvironment()).counts())
                .hasMessageContaining("nothing to load")
                .hasMessageContaining("--crm.sample-data.organizations=1000");
    }
}
