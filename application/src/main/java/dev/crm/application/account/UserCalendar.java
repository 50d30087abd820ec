package dev.crm.application.account;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A user's own calendar: "today", "this week" and "overdue" mean the date in the user's time zone (Settings →
 * Profile), for the UI, the REST API and the assistant alike.
 */
@Component
public class UserCalendar {

    private final UserAccountRepository users;
    private final Clock clock;

    public UserCalendar(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    public ZoneId zone(UUID userId) {
        return users.findById(userId)
                .map(UserAccount::getTimeZone)
                .map(UserCalendar::zoneOrUtc)
                .orElse(ZoneOffset.UTC);
    }

    public LocalDate today(UUID userId) {
        return LocalDate.now(clock.withZone(zone(userId)));
    }

    private static ZoneId zoneOrUtc(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknownZone) {
            return ZoneOffset.UTC; // a zone the JDK of this node no longer knows
        }
    }
}
