package deepdesk.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a file's bytes, in lower-case hex: two files with the same fingerprint hold
 * the same data.
 *
 * <p>Threading: stateless; reads the file on the calling thread, so never call it on the FX
 * thread for a large file.
 */
public final class DatasetFingerprint {

    private static final int BUFFER_BYTES = 1 << 16;

    private DatasetFingerprint() {
    }

    /** The SHA-256 of {@code file}'s content, as 64 lower-case hex digits. */
    public static String of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[BUFFER_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
