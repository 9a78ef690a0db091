/** The headless command line ({@code inspect}, {@code train}, ...), built on picocli. No JavaFX. */
package deepdesk.core.cli;
