package dev.crm.projections.organization;

import dev.crm.projections.support.KeysetList;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import dev.crm.projections.support.RecordReads;
import dev.crm.projections.support.RowSecurity;
import dev.crm.projections.support.SortKey;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the organizations of one owner. */
@Component
@Transactional(readOnly = true)
public class OrganizationQueries {

    static final RowMapper<OrganizationView> ROW = (rs, n) -> new OrganizationView(
            rs.getObject("id", UUID.class),
            rs.getString("name"),
            rs.getString("description"),
            rs.getString("industry"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant(),
            rs.getLong("version"));

    private static final KeysetList<OrganizationView> LIST = new KeysetList<>(
            "*",
            "organization",
            "id",
            List.of(
                    SortKey.text("name", "name_key"),
                    SortKey.text("industry", "industry_key"),
                    SortKey.timestamp("createdAt", "created_at"),
                    SortKey.timestamp("updatedAt", "updated_at")),
            "name",
            "search_text",
            ROW);

    private final JdbcClient jdbc;
    private final RowSecurity rowSecurity;
    private final RecordReads<OrganizationView> reads;

    public OrganizationQueries(JdbcClient jdbc, RowSecurity rowSecurity) {
        this.jdbc = jdbc;
        this.rowSecurity = rowSecurity;
        this.reads = new RecordReads<>(jdbc, rowSecurity, LIST, "owner_id = :me");
    }

    public Optional<OrganizationView> find(UUID ownerId, UUID id) {
        return reads.find(ownerId, id);
    }

    public Page<OrganizationView> list(UUID ownerId, PageRequest request) {
        return reads.list(ownerId, request);
    }

    /** The owner's projects that refer to the organization, so deleting it can detach them first. */
    public List<UUID> projectsUsing(UUID ownerId, UUID organizationId) {
        rowSecurity.actAs(ownerId);
        return jdbc.sql("select id from project where organization_id = :id and owner_id = :owner")
                .param("id", organizationId)
                .param("owner", ownerId)
                .query(UUID.class)
                .list();
    }
}
