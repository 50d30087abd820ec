package dev.crm.application.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a PostgreSQL that can lose commits the app has already acknowledged: without fsync and
 * full-page writes a power cut can lose or corrupt anything, without synchronous commit even a crash of the server
 * process loses the last commits. Checked as the app's own role sees them, since synchronous commit can be set per
 * role or database. {@code crm.db.require-durable=false} (only for throw-away databases) turns the refusal into a
 * warning.
 */
@Component
class DurabilityCheck implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DurabilityCheck.class);

    /** A setting and the values under which an acknowledged commit survives a crash. */
    private record Setting(String name, Set<String> durableValues) {}

    private static final List<Setting> SETTINGS = List.of(
            new Setting("fsync", Set.of("on")),
            new Setting("full_page_writes", Set.of("on")),
            new Setting("synchronous_commit", Set.of("on", "local", "remote_write", "remote_apply")));

    private final DataSource dataSource;
    private final boolean required;

    DurabilityCheck(DataSource dataSource, @Value("${crm.db.require-durable:true}") boolean required) {
        this.dataSource = dataSource;
        this.required = required;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        List<String> unsafe = unsafeSettings();
        if (unsafe.isEmpty()) {
            log.info("Database durability: fsync, full_page_writes and synchronous_commit are on");
            return;
        }
        String problem = "The database runs with " + String.join(", ", unsafe)
                + ": a crash can lose changes the app has already confirmed to its users.";
        if (required) {
            throw new IllegalStateException(problem + " Turn these settings on in postgresql.conf (and any"
                    + " ALTER ROLE/DATABASE ... SET), or set CRM_DB_REQUIRE_DURABLE=false to start anyway.");
        }
        log.warn("""

                ************************************************************************************
                  {}
                  Started anyway because crm.db.require-durable=false. Never use this for real data.
                ************************************************************************************""", problem);
    }

    List<String> unsafeSettings() throws SQLException {
        List<String> unsafe = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (Setting setting : SETTINGS) {
                try (ResultSet result = statement.executeQuery("show " + setting.name())) {
                    result.next();
                    String value = result.getString(1);
                    if (!setting.durableValues().contains(value)) {
                        unsafe.add(setting.name() + "=" + value);
                    }
                }
            }
        }
        return unsafe;
    }
}
