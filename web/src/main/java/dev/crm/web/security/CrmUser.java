package dev.crm.web.security;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user of a web UI session. */
public class CrmUser extends User {

    private final UUID userId;
    private final String displayName;

    CrmUser(UUID userId, String email, String displayName, String passwordHash) {
        super(email, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.userId = userId;
        this.displayName = displayName;
    }

    public UUID userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }
}
