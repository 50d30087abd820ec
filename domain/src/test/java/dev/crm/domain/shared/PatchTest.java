package dev.crm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crm.domain.contact.ContactDetails;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatchTest {

    private static final ContactDetails BEFORE = new ContactDetails("Ada", null, null, "Analyst", null);

    @Test
    void betweenFindsChangedFieldsIncludingClearedOnes() {
        ContactDetails after = new ContactDetails("Ada", "ada@example.com", null, null, null);
        Patch<ContactDetails> patch = Patch.between(BEFORE, after);
        assertThat(patch.fields()).containsExactlyInAnyOrder("email", "jobPosition");
        assertThat(patch.changes())
                .containsExactly(
                        Map.entry("email", "ada@example.com"),
                        new java.util.AbstractMap.SimpleEntry<>("jobPosition", null));
    }

    @Test
    void appliesOnlyItsFieldsAndKeepsTheRest() {
        Patch<ContactDetails> patch = Patch.of(new ContactDetails("x", null, "+1 555", null, null), List.of("phone"));
        assertThat(patch.applyTo(BEFORE)).isEqualTo(new ContactDetails("Ada", null, "+1 555", "Analyst", null));
    }

    @Test
    void effectivePatchDropsValuesThatAreAlreadyCurrentEvenNulls() {
        Patch<ContactDetails> patch =
                Patch.of(new ContactDetails("Ada", null, null, "Boss", null), List.of("name", "email", "jobPosition"));
        Patch<ContactDetails> effective = patch.effectiveAgainst(BEFORE);
        assertThat(effective.fields()).containsExactly("jobPosition");
        assertThat(effective.values()).isEqualTo(new ContactDetails("Ada", null, null, "Boss", null));
    }

    @Test
    void refusesUnknownFields() {
        assertThatThrownBy(() -> Patch.of(BEFORE, List.of("salary"))).isInstanceOf(IllegalArgumentException.class);
    }
}
