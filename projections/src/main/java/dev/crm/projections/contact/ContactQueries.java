package dev.crm.projections.contact;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.crm.projections.support.KeysetList;
import dev.crm.projections.support.Page;
import dev.crm.projections.support.PageRequest;
import dev.crm.projections.support.RowSecurity;
import dev.crm.projections.support.SortKey;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the contacts of one owner. */
@Component
@Transactional(readOnly = true)
public class ContactQueries {

    static final RowMapper<ContactView> ROW = (rs, n) -> new ContactView(
            rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
            rs.getString("job_position"), rs.getString("organization"),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));

    private static final KeysetList<ContactView> LIST = new KeysetList<>("*", "contact", "id", List.of(
            SortKey.text("name", "name_key"),
            SortKey.text("email", "email_key"),
            SortKey.text("organization", "organization_key"),
            SortKey.text("jobPosition", "job_position_key"),
            SortKey.timestamp("createdAt", "created_at"),
            SortKey.timestamp("updatedAt", "updated_at")),
            "name", "search_text", ROW);

    private final JdbcClient jdbc;
    private final RowSecurity rowSecurity;

    public ContactQueries(JdbcClient jdbc, RowSecurity rowSecurity) {
        this.jdbc = jdbc;
        this.rowSecurity = rowSecurity;
    }

    public Optional<ContactView> find(UUID ownerId, UUID id) {
        rowSecurity.actAs(ownerId);
        return jdbc.sql("select * from contact where id = :id and owner_id = :owner")
                .param("id", id).param("owner", ownerId).query(ROW).optional();
    }

    public Page<ContactView> list(UUID ownerId, PageRequest request) {
        rowSecurity.actAs(ownerId);
        return LIST.fetch(jdbc, request, "owner_id = :owner", Map.of("owner", ownerId));
    }

    public List<String> sortableFields() {
        return LIST.sortNames();
    }
}
