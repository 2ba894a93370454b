package dk.kk.boligsocial.kafka;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The broker JVM's console output (its whole log), one file per start plus the previous one. */
final class BrokerLog {

    private static final int TAIL_BYTES = 6000;

    private final Path file;
    private long scannedUpTo;
    private String carry = "";

    private BrokerLog(Path file) {
        this.file = file;
    }

    /** Keeps the previous start's log as {@code <name>.1} and begins an empty one. */
    static BrokerLog fresh(Path file) {
        try {
            if (Files.exists(file)) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create broker log " + file, e);
        }
        return new BrokerLog(file);
    }

    Path file() {
        return file;
    }

    /** Whether the text has been logged since the last call; reads only what is new. */
    boolean hasLogged(String text) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length <= scannedUpTo) {
                return false;
            }
            byte[] fresh = new byte[(int) Math.min(length - scannedUpTo, Integer.MAX_VALUE - 8)];
            in.seek(scannedUpTo);
            in.readFully(fresh);
            scannedUpTo += fresh.length;
            String window = carry + new String(fresh, StandardCharsets.UTF_8);
            carry = window.substring(Math.max(0, window.length() - text.length()));
            return window.contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    String tail() {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return start == 0 ? text : text.substring(text.indexOf('\n') + 1);
        } catch (IOException e) {
            return "(broker log " + file + " unreadable: " + e.getMessage() + ")";
        }
    }
}
