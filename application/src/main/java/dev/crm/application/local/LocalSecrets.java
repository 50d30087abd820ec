package dev.crm.application.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

/** Secrets a single-machine installation generates once and keeps in its data directory, readable by its owner only. */
public final class LocalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalSecrets() {}

    static String loadOrCreate(Path dataDirectory, String name) {
        return loadOrCreate(dataDirectory, name, LocalSecrets::randomSecret);
    }

    /** The secret kept in the data folder under {@code name}, made by {@code generator} the first time. */
    public static String loadOrCreate(Path dataDirectory, String name, Supplier<String> generator) {
        Path file = dataDirectory.resolve("secrets").resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            ownerOnly(file.getParent(), "rwx------");
            String secret = generator.get();
            // created empty and owner-only first, so the secret is never readable by others, not even briefly
            Files.createFile(file);
            ownerOnly(file, "rw-------");
            Files.writeString(file, secret);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create secret " + file, e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // not a POSIX file system: the folder's own permissions apply
        }
    }
}
