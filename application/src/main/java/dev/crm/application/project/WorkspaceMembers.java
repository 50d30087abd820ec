package dev.crm.application.project;

import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whether users belong to the same workspace (tenant): projects are shared only inside one. */
@Component
@Transactional(readOnly = true)
public class WorkspaceMembers {

    private final JdbcClient jdbc;

    public WorkspaceMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean allInWorkspaceOf(UUID userId, Collection<UUID> others) {
        if (others.isEmpty()) {
            return true;
        }
        Long inWorkspace = jdbc.sql("""
                        select count(*) from app_user u
                        where u.id in (:others)
                          and u.workspace_id = (select workspace_id from app_user where id = :user)""")
                .param("others", others).param("user", userId).query(Long.class).single();
        return inWorkspace == others.size();
    }
}
