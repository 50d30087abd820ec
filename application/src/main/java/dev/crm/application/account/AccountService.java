package dev.crm.application.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.crm.application.shared.InputValidator;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens accounts and checks credentials. Registration creates the user's own workspace. */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final WorkspaceRepository workspaces;
    private final PasswordEncoder passwordEncoder;
    private final InputValidator validator;
    private final Clock clock;
    /** Compared against when the e-mail is unknown, so a login takes as long whether or not the account exists. */
    private final String unknownUserHash;

    public AccountService(UserAccountRepository users, WorkspaceRepository workspaces, PasswordEncoder passwordEncoder,
                          InputValidator validator, Clock clock) {
        this.users = users;
        this.workspaces = workspaces;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.clock = clock;
        this.unknownUserHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Transactional
    public UserAccount register(Registration registration) {
        validator.validate(registration);
        String email = normalize(registration.email());
        if (users.existsByEmail(email)) {
            throw new EmailTakenException();
        }
        UUID userId = UUID.randomUUID();
        Workspace workspace = workspaces.save(new Workspace(UUID.randomUUID(),
                registration.name().strip() + "'s workspace", userId, clock.instant()));
        try {
            return users.saveAndFlush(new UserAccount(userId, workspace.getId(), email, registration.name().strip(),
                    passwordEncoder.encode(registration.password()), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new EmailTakenException(); // registered concurrently
        }
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> authenticate(String email, String password) {
        Optional<UserAccount> user = email == null ? Optional.empty() : users.findByEmail(normalize(email));
        String hash = user.map(UserAccount::getPasswordHash).orElse(unknownUserHash);
        boolean matches = password != null && passwordEncoder.matches(password, hash);
        return matches ? user : Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(UUID userId) {
        return users.findById(userId);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(normalize(email));
    }

    /** Credentials for the session-based web UI. */
    @Transactional(readOnly = true)
    public Optional<String> passwordHashOf(String email) {
        return users.findByEmail(normalize(email)).map(UserAccount::getPasswordHash);
    }

    private static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
