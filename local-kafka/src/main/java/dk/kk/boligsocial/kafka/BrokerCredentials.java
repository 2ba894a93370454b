package dk.kk.boligsocial.kafka;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The passwords of a broker's users, made up the first time a user is needed and kept in {@code credentials.properties}
 * of the data directory (readable by its owner only), so that a broker keeps its users across restarts.
 */
final class BrokerCredentials {

    static final String FILE = "credentials.properties";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> passwords;

    private BrokerCredentials(Map<String, String> passwords) {
        this.passwords = Map.copyOf(passwords);
    }

    /** The stored passwords, with new ones for users that have none yet (written back at once). */
    static BrokerCredentials loadOrCreate(Path dataDir, Collection<String> users) {
        Path file = dataDir.resolve(FILE);
        Map<String, String> passwords = new TreeMap<>();
        if (Files.exists(file)) {
            Properties stored = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                stored.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            stored.stringPropertyNames().forEach(user -> passwords.put(user, stored.getProperty(user)));
        }
        boolean changed = false;
        for (String user : users) {
            if (!passwords.containsKey(user)) {
                passwords.put(user, randomPassword());
                changed = true;
            }
        }
        if (changed) {
            StringBuilder text = new StringBuilder("# the local broker's users; written by local-kafka, kept across restarts\n");
            passwords.forEach((user, password) -> text.append(user).append('=').append(password).append('\n'));
            writePrivate(file, text.toString());
        }
        return new BrokerCredentials(passwords);
    }

    String password(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("the local broker has no user " + user + " (users: " + passwords.keySet() + ")");
        }
        return password;
    }

    /** Writes a file only its owner can read, where the file system knows POSIX permissions. */
    static void writePrivate(Path file, String content) {
        try {
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its default permissions apply
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String randomPassword() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
