package dev.crm.domain.contact;

import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.FieldConflict;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.domain.shared.StaleVersionException;
import dev.crm.domain.shared.VersionCondition;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactTest {

    private static final UUID ALICE = UUID.randomUUID();
    private static final UUID BOB = UUID.randomUUID();
    private static final UUID ID = UUID.randomUUID();
    private static final ContactDetails ADA =
            new ContactDetails("Ada Lovelace", "ada@example.com", "+44 20 1234", "Analyst", "Engines Ltd");

    private AggregateTestFixture<Contact> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contact.class);
    }

    @Test
    void createsContactOwnedByTheActor() {
        fixture.givenNoPriorActivity()
                .when(new CreateContact(ID, ADA), Actor.of(ALICE, Channel.API).toMetaData())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ContactCreated(ID, ALICE, ADA));
    }

    @Test
    void refusesContactWithoutName() {
        fixture.givenNoPriorActivity()
                .when(
                        new CreateContact(ID, new ContactDetails("  ", null, null, null, null)),
                        Actor.of(ALICE, Channel.UI).toMetaData())
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void updatesOnlyTheFieldsThatChange() {
        ContactDetails edited =
                new ContactDetails("Ada Lovelace", "ada@engines.example", null, "Analyst", "Engines Ltd");
        fixture.given(new ContactCreated(ID, ALICE, ADA))
                .when(
                        new UpdateContact(ID, 0, Patch.of(edited, List.of("name", "email"))),
                        Actor.of(ALICE, Channel.UI).toMetaData())
                .expectEvents(new ContactUpdated(
                        ID,
                        Patch.of(
                                new ContactDetails(
                                        "Ada Lovelace", "ada@engines.example", "+44 20 1234", "Analyst", "Engines Ltd"),
                                List.of("email"))));
    }

    @Test
    void editThatChangesNothingRecordsNothing() {
        fixture.given(new ContactCreated(ID, ALICE, ADA))
                .when(
                        new UpdateContact(ID, 0, Patch.of(ADA, List.of("name", "phone"))),
                        Actor.of(ALICE, Channel.UI).toMetaData())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void mergesAnEditOfOtherFieldsMadeOnAnOlderVersion() {
        ContactDetails phoneChanged = withPhone("+1 555 0100");
        ContactDetails jobChanged =
                new ContactDetails(ADA.name(), ADA.email(), ADA.phone(), "Chief Analyst", ADA.organization());
        fixture.given(
                        new ContactCreated(ID, ALICE, ADA),
                        new ContactUpdated(ID, Patch.of(phoneChanged, Set.of("phone"))))
                .when(
                        new UpdateContact(ID, 0, Patch.of(jobChanged, Set.of("jobPosition"))),
                        Actor.of(ALICE, Channel.API).toMetaData())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ContactUpdated(
                        ID,
                        Patch.of(
                                new ContactDetails(
                                        ADA.name(), ADA.email(), "+1 555 0100", "Chief Analyst", ADA.organization()),
                                Set.of("jobPosition"))));
    }

    @Test
    void conflictsWhenTheSameFieldChangedMeanwhile() {
        fixture.given(
                        new ContactCreated(ID, ALICE, ADA),
                        new ContactUpdated(ID, Patch.of(withPhone("+1 555 0100"), Set.of("phone"))))
                .when(
                        new UpdateContact(ID, 0, Patch.of(withPhone("+1 555 0199"), Set.of("phone"))),
                        Actor.of(ALICE, Channel.UI).toMetaData())
                .expectNoEvents()
                .expectExceptionMessage("Changed by someone else since you loaded it: phone")
                .expectException(EditConflictException.class);
    }

    @Test
    void conflictNamesTheFieldItsCurrentValueAndTheVersionToReapplyOn() {
        fixture.given(
                        new ContactCreated(ID, ALICE, ADA),
                        new ContactUpdated(ID, Patch.of(withPhone("+1 555 0100"), Set.of("phone"))))
                .when(
                        new UpdateContact(ID, 0, Patch.of(withPhone("+1 555 0199"), Set.of("phone"))),
                        Actor.of(ALICE, Channel.UI).toMetaData())
                .expectException(new CustomTypeSafeMatcher<EditConflictException>("conflict on phone at version 2") {
                    @Override
                    protected boolean matchesSafely(EditConflictException conflict) {
                        return conflict.conflicts()
                                        .equals(List.of(new FieldConflict("phone", "+1 555 0100", "+1 555 0199")))
                                && conflict.currentVersion() == 2;
                    }
                });
    }

    @Test
    void settingTheSameValueSomeoneElseSetIsNoConflict() {
        ContactDetails same = withPhone("+1 555 0100");
        fixture.given(new ContactCreated(ID, ALICE, ADA), new ContactUpdated(ID, Patch.of(same, Set.of("phone"))))
                .when(
                        new UpdateContact(ID, 0, Patch.of(same, Set.of("phone"))),
                        Actor.of(ALICE, Channel.UI).toMetaData())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void otherUsersCannotSeeOrChangeTheContact() {
        fixture.given(new ContactCreated(ID, ALICE, ADA))
                .when(
                        new UpdateContact(ID, 0, Patch.of(withPhone("1234"), Set.of("phone"))),
                        Actor.of(BOB, Channel.API).toMetaData())
                .expectException(RecordNotFoundException.class)
                .expectNoEvents();
        fixture.given(new ContactCreated(ID, ALICE, ADA))
                .when(new DeleteContact(ID), Actor.of(BOB, Channel.API).toMetaData())
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void deletesAndThenIsGone() {
        fixture.given(new ContactCreated(ID, ALICE, ADA))
                .when(new DeleteContact(ID), Actor.of(ALICE, Channel.UI).toMetaData())
                .expectEvents(new ContactDeleted(ID));
    }

    @Test
    void aDeletedContactTakesNoCommandButARestore() {
        fixture.given(new ContactCreated(ID, ALICE, ADA), new ContactDeleted(ID))
                .when(
                        new UpdateContact(ID, 1, Patch.of(withPhone("+1"), List.of("phone"))),
                        Actor.of(ALICE, Channel.UI).toMetaData())
                .expectException(RecordNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aRestoredContactComesBackAsItWasWithItsFirstCreationTime() {
        Instant created = Instant.parse("2026-01-05T10:00:00Z");
        fixture.givenCurrentTime(created)
                .andGiven(new ContactCreated(ID, ALICE, ADA))
                .andGivenCurrentTime(created.plusSeconds(3600))
                .andGiven(new ContactDeleted(ID))
                .when(new RestoreContact(ID), new Actor(ALICE, Channel.ASSISTANT, "c1", UUID.randomUUID()).toMetaData())
                .expectEvents(new ContactRestored(ID, ALICE, ADA, created));
    }

    @Test
    void aContactThatIsNotDeletedHasNothingToRestore() {
        fixture.given(new ContactCreated(ID, ALICE, ADA))
                .when(new RestoreContact(ID), Actor.of(ALICE, Channel.UI).toMetaData())
                .expectException(NotAllowedException.class);
    }

    @Test
    void onlyTheOwnerRestoresAContact() {
        fixture.given(new ContactCreated(ID, ALICE, ADA), new ContactDeleted(ID))
                .when(new RestoreContact(ID), Actor.of(BOB, Channel.UI).toMetaData())
                .expectException(RecordNotFoundException.class);
    }

    @Test
    void aChangeRequiringTheVersionTheRecordIsAtGoesThrough() {
        fixture.given(
                        new ContactCreated(ID, ALICE, ADA),
                        new ContactUpdated(ID, Patch.of(withPhone("1"), List.of("phone"))))
                .when(
                        new DeleteContact(ID),
                        Actor.of(ALICE, Channel.API).toMetaData().mergedWith(VersionCondition.require(2)))
                .expectEvents(new ContactDeleted(ID));
    }

    @Test
    void aChangeRequiringAnOlderVersionIsRefusedWithTheCurrentOne() {
        fixture.given(
                        new ContactCreated(ID, ALICE, ADA),
                        new ContactUpdated(ID, Patch.of(withPhone("1"), List.of("phone"))))
                .when(
                        new UpdateContact(ID, 0, Patch.of(withPhone("2"), List.of("phone"))),
                        Actor.of(ALICE, Channel.API).toMetaData().mergedWith(VersionCondition.require(1)))
                .expectException(new CustomTypeSafeMatcher<StaleVersionException>("stale at version 2") {
                    @Override
                    protected boolean matchesSafely(StaleVersionException e) {
                        return e.currentVersion() == 2;
                    }
                })
                .expectNoEvents();
    }

    private static ContactDetails withPhone(String phone) {
        return new ContactDetails(ADA.name(), ADA.email(), phone, ADA.jobPosition(), ADA.organization());
    }
}
