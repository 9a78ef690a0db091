package deepdesk.core.serving;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret a client sends as {@code Authorization: Bearer TOKEN}. Compared in constant time,
 * so the time of a refusal tells nothing about how much of a guess was right.
 *
 * <p>Threading: immutable.
 */
public final class BearerToken {

    private static final int RANDOM_BYTES = 32;
    private static final int MIN_LENGTH = 16;
    private static final String PREFIX = "Bearer ";

    private final byte[] value;

    private BearerToken(String value) {
        this.value = value.getBytes(StandardCharsets.UTF_8);
    }

    /** A fresh random token of 256 bits, URL-safe base64. */
    public static BearerToken generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new BearerToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * The token held in a file (its first line, trimmed).
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when the token is shorter than 16 characters
     */
    public static BearerToken fromFile(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst()
                .orElse("").trim();
        return of(text);
    }

    /**
     * A given token.
     *
     * @throws IllegalArgumentException when it is shorter than 16 characters or holds spaces
     */
    public static BearerToken of(String token) {
        if (token.length() < MIN_LENGTH || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a token needs at least " + MIN_LENGTH
                    + " characters and no spaces");
        }
        return new BearerToken(token);
    }

    /** The token itself, to show the user once. */
    public String reveal() {
        return new String(value, StandardCharsets.UTF_8);
    }

    /** Whether an {@code Authorization} header value carries this token. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, PREFIX, 0,
                PREFIX.length())) {
            return false;
        }
        byte[] given = authorization.substring(PREFIX.length()).trim()
                .getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(value, given);
    }

    @Override
    public String toString() {
        return "BearerToken[hidden]";
    }
}
