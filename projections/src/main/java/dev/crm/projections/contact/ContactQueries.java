package dev.crm.projections.contact;

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

/** Reads the contacts of one owner. */
@Component
@Transactional(readOnly = true)
public class ContactQueries {

    static final RowMapper<ContactView> ROW = (rs, n) -> new ContactView(
            rs.getObject("id", UUID.class),
            rs.getString("name"),
            rs.getString("email"),
            rs.getString("phone"),
            rs.getString("job_position"),
            rs.getString("organization"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant(),
            rs.getLong("version"));

    private static final KeysetList<ContactView> LIST = new KeysetList<>(
            "*",
            "contact",
            "id",
            List.of(
                    SortKey.text("name", "name_key"),
                    SortKey.text("email", "email_key"),
                    SortKey.text("organization", "organization_key"),
                    SortKey.text("jobPosition", "job_position_key"),
                    SortKey.timestamp("createdAt", "created_at"),
                    SortKey.timestamp("updatedAt", "updated_at")),
            "name",
            "search_text",
            ROW);

    private final RecordReads<ContactView> reads;

    public ContactQueries(JdbcClient jdbc, RowSecurity rowSecurity) {
        this.reads = new RecordReads<>(jdbc, rowSecurity, LIST, "owner_id = :me");
    }

    public Optional<ContactView> find(UUID ownerId, UUID id) {
        return reads.find(ownerId, id);
    }

    public Page<ContactView> list(UUID ownerId, PageRequest request) {
        return reads.list(ownerId, request);
    }

    public List<String> sortableFields() {
        return LIST.sortNames();
    }
}
