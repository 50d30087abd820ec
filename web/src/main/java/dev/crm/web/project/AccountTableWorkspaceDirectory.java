package dev.crm.web.project;

import java.util.List;
import java.util.UUID;

import dev.crm.projections.project.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a workspace's members straight from the accounts table, as a stand-in: the application module is getting
 * its own way to list them (WorkspaceService#workspaceMembers); once it lands, this becomes a call to it.
 * Accounts are not a row-secured read model, and only ids and names leave here.
 */
@Component
class AccountTableWorkspaceDirectory implements WorkspaceDirectory {

    private final JdbcClient jdbc;

    AccountTableWorkspaceDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Person> members(UUID userId) {
        return jdbc.sql("""
                        select id, name from app_user
                        where workspace_id = (select workspace_id from app_user where id = ?)
                        order by name, id""")
                .param(userId)
                .query((rs, n) -> new Person(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
    }
}
