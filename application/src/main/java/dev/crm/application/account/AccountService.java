package dev.crm.application.account;

import dev.crm.application.shared.Ids;
import dev.crm.application.shared.InputValidator;
import dev.crm.application.shared.StorableValues;
import dev.crm.application.workspace.WorkspaceService;
import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.RecordNotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts, checks credentials and keeps profiles. Registration creates the user's own workspace, or joins the
 * workspace whose invitation code is given.
 */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final WorkspaceRepository workspaces;
    private final WorkspaceService workspaceService;
    private final RefreshTokenService refreshTokens;
    private final PasswordEncoder passwordEncoder;
    private final InputValidator validator;
    private final Clock clock;
    /** Compared against when the e-mail is unknown, so a login takes as long whether or not the account exists. */
    private final String unknownUserHash;

    public AccountService(
            UserAccountRepository users,
            WorkspaceRepository workspaces,
            WorkspaceService workspaceService,
            RefreshTokenService refreshTokens,
            PasswordEncoder passwordEncoder,
            InputValidator validator,
            Clock clock) {
        this.users = users;
        this.workspaces = workspaces;
        this.workspaceService = workspaceService;
        this.refreshTokens = refreshTokens;
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
        UUID userId = Ids.newId();
        String name = registration.name().strip();
        UUID workspaceId = registration.hasInviteCode()
                ? workspaceService.acceptInvite(registration.inviteCode(), userId)
                : workspaces
                        .insert(new Workspace(Ids.newId(), name + "'s workspace", userId, clock.instant()))
                        .getId();
        try {
            return users.insert(new UserAccount(
                    userId,
                    workspaceId,
                    email,
                    name,
                    passwordEncoder.encode(registration.password()),
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new EmailTakenException(); // registered concurrently
        }
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> authenticate(String email, String password) {
        List<FieldError> unstorable = StorableValues.of("email", email);
        if (!unstorable.isEmpty()) {
            throw new InvalidInputException(unstorable); // no account has it; PostgreSQL could not even compare it
        }
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

    /**
     * Changes the user's name, sign-in e-mail and time zone.
     *
     * @throws InvalidInputException naming each bad field
     * @throws EmailTakenException   if another account signs in with that e-mail
     */
    @Transactional
    public UserAccount updateProfile(UUID userId, ProfileUpdate update) {
        validator.validate(update);
        UserAccount user = users.findById(userId).orElseThrow(() -> new RecordNotFoundException("User", userId));
        String email = normalize(update.email());
        if (!email.equals(user.getEmail()) && users.existsByEmail(email)) {
            throw new EmailTakenException();
        }
        user.changeProfile(update.name().strip(), email, update.timeZone());
        try {
            return users.update(user);
        } catch (DataIntegrityViolationException e) {
            throw new EmailTakenException(); // taken concurrently
        }
    }

    /**
     * Sets a new password once the current one is confirmed, and revokes every refresh token of the user: sessions
     * of API clients that knew the old password end with their access token.
     *
     * @throws InvalidInputException naming {@code currentPassword} if it is wrong, and each other bad field
     */
    @Transactional
    public void changePassword(UUID userId, PasswordChange change) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new RecordNotFoundException("User", userId));
        List<FieldError> errors = new ArrayList<>();
        try {
            validator.validate(change);
        } catch (InvalidInputException invalid) {
            errors.addAll(invalid.errors());
        }
        if (change != null
                && change.currentPassword() != null
                && !change.currentPassword().isBlank()
                && errors.stream().noneMatch(e -> e.field().equals("currentPassword"))
                && !passwordEncoder.matches(change.currentPassword(), user.getPasswordHash())) {
            errors.add(new FieldError("currentPassword", "Wrong password"));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            throw new InvalidInputException(errors);
        }
        user.changePasswordHash(passwordEncoder.encode(change.newPassword()));
        users.update(user);
        refreshTokens.revokeAll(userId);
    }

    private static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
