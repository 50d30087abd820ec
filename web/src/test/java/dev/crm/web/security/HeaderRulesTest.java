package dev.crm.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeaderRulesTest {

    // Spring Security's own expressions (StrictHttpFirewall), which HeaderRules must agree with
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void agreesWithTheFirewallsExpressionsOnEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String text = "a" + new String(Character.toChars(c)) + "b";
            assertThat(HeaderRules.allowed(text, false))
                    .as("name U+%04X", c)
                    .isEqualTo(NAMES.matcher(text).matches());
            assertThat(HeaderRules.allowed(text, true))
                    .as("value U+%04X", c)
                    .isEqualTo(VALUES.matcher(text).matches());
        }
    }

    @Test
    void acceptsBearerTokensAndRefusesInjectedLineBreaks() {
        assertThat(HeaderRules.allowed("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", true))
                .isTrue();
        assertThat(HeaderRules.allowed("value\r\nSet-Cookie: x=1", true)).isFalse();
        assertThat(HeaderRules.allowed("name\tx", false)).isFalse();
        assertThat(HeaderRules.allowed("", true)).isTrue();
    }
}
