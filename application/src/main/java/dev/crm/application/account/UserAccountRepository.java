package dev.crm.application.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code app_user} table in plain SQL. It has no row-level security (the account services select their rows
 * themselves), so no {@code RowSecurity} is needed. A unique e-mail clash surfaces as Spring's
 * {@code DuplicateKeyException}.
 */
@Component
class UserAccountRepository {

    private static final String COLUMNS = "id, workspace_id, email, name, password_hash, time_zone, created_at";

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = ?")
                .param(id)
                .query(UserAccountRepository::read)
                .optional();
    }

    Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from app_user where email = ?")
                .param(email)
                .query(UserAccountRepository::read)
                .optional();
    }

    boolean existsByEmail(String email) {
        return jdbc.sql("select exists (select 1 from app_user where email = ?)")
                .param(email)
                .query(Boolean.class)
                .single();
    }

    UserAccount insert(UserAccount user) {
        jdbc.sql("insert into app_user (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        user.getId(),
                        user.getWorkspaceId(),
                        user.getEmail(),
                        user.getName(),
                        user.getPasswordHash(),
                        user.getTimeZone(),
                        Timestamp.from(user.getCreatedAt()))
                .update();
        return user;
    }

    /** Writes the fields a user may change: name, e-mail, time zone and password hash. */
    UserAccount update(UserAccount user) {
        jdbc.sql("update app_user set email = ?, name = ?, password_hash = ?, time_zone = ? where id = ?")
                .params(user.getEmail(), user.getName(), user.getPasswordHash(), user.getTimeZone(), user.getId())
                .update();
        return user;
    }

    private static UserAccount read(ResultSet rs, int row) throws SQLException {
        return new UserAccount(
                rs.getObject("id", UUID.class),
                rs.getObject("workspace_id", UUID.class),
                rs.getString("email"),
                rs.getString("name"),
                rs.getString("password_hash"),
                rs.getString("time_zone"),
                rs.getTimestamp("created_at").toInstant());
    }
}
