package deepdesk.core.bundle;

import java.io.IOException;

/**
 * A model bundle could not be read or written; the message names the file and the problem (a
 * truncated zip, a checksum that does not match, a format this version cannot read, ...).
 *
 * <p>Threading: immutable.
 */
public class BundleException extends IOException {

    private static final long serialVersionUID = 1L;

    /** An error with a message for the user. */
    public BundleException(String message) {
        super(message);
    }

    /** An error with a message for the user and its cause. */
    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
