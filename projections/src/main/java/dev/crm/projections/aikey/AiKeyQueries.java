package dev.crm.projections.aikey;

import dev.crm.domain.aikey.AiKeyStatus;
import dev.crm.domain.aikey.AiProvider;
import dev.crm.projections.support.RowSecurity;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the AI keys of a workspace, which its owner holds. */
@Component
@Transactional(readOnly = true)
public class AiKeyQueries {

    private static final RowMapper<AiKeyView> ROW = (rs, n) -> new AiKeyView(
            rs.getObject("id", UUID.class),
            rs.getObject("owner_id", UUID.class),
            AiProvider.valueOf(rs.getString("provider")),
            rs.getString("label"),
            rs.getString("model"),
            rs.getString("base_url"),
            rs.getString("last4"),
            rs.getBoolean("is_default"),
            AiKeyStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("verified_at") == null
                    ? null
                    : rs.getTimestamp("verified_at").toInstant(),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant(),
            rs.getLong("version"));

    private final JdbcClient jdbc;
    private final RowSecurity rowSecurity;

    public AiKeyQueries(JdbcClient jdbc, RowSecurity rowSecurity) {
        this.jdbc = jdbc;
        this.rowSecurity = rowSecurity;
    }

    public Optional<AiKeyView> find(UUID ownerId, UUID id) {
        rowSecurity.actAs(ownerId);
        return jdbc.sql("select * from ai_key where id = :id and owner_id = :owner")
                .param("id", id)
                .param("owner", ownerId)
                .query(ROW)
                .optional();
    }

    /** The default key first, then the newest. */
    public List<AiKeyView> list(UUID ownerId) {
        rowSecurity.actAs(ownerId);
        return jdbc.sql("select * from ai_key where owner_id = :owner order by is_default desc, created_at desc, id")
                .param("owner", ownerId)
                .query(ROW)
                .list();
    }
}
