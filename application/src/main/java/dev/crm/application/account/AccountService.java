package dev.crm.application.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.crm.application.shared.InputValidator;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.domain.shared.InvalidInputException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts and checks credentials. Registration creates the user's own workspace, or joins the
 * workspace whose invitation code is given.
 */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final WorkspaceRepository workspaces;
    private final WorkspaceService workspaceService;
    private final PasswordEncoder passwordEncoder;
    private final InputValidator validator;
    private final Clock clock;
    /** Compared against when the e-mail is unknown, so a login takes as long whether or not the account exists. */
    private final String unknownUserHash;

    public AccountService(UserAccountRepository users, WorkspaceRepository workspaces, WorkspaceService workspaceService,
                          PasswordEncoder passwordEncoder, InputValidator validator,
                          Clock clock) {
        this.users = users;
        this.workspaces = workspaces;
        this.workspaceService = workspaceService;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.clock = clock;
        this.unknownUserHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    /**
     * Opens an account. With an invitation code the newcomer joins the inviting workspace and the code is spent in
     * the same transaction: a refused code stores no user, a refused user spends no code.
     *
     * @throws InvalidInputException naming each bad field ({@code inviteCode} for an unknown, expired or used code)
     * @throws EmailTakenException   if the e-mail address already has an account
     */
    @Transactional
    public UserAccount register(Registration registration) {
        validator.validate(registration);
        String email = normalize(registration.email());
        if (users.existsByEmail(email)) {
            throw new EmailTakenException();
        }
        UUID userId = UUID.randomUUID();
        String name = registration.name().strip();
        UUID workspaceId = registration.hasInviteCode()
                ? workspaceService.acceptInvite(registration.inviteCode(), userId)
                : workspaces.save(new Workspace(UUID.randomUUID(), name + "'s workspace", userId, clock.instant())).getId();
        try {
            return users.saveAndFlush(new UserAccount(userId, workspaceId, email, name,
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
