/**
 * Project files ({@code *.deepdesk}): everything needed to reopen a session (where the dataset
 * is and what it contained, or which shipped sample or synthetic generator it came from; how it
 * was imported and prepared, the training settings, and every
 * run with its history and best weights), written atomically, versioned, autosaved for crash
 * recovery, and checked against the dataset on disk when opened.
 *
 * <p>No JavaFX here: the CLI and the tests read and write projects through the same code.
 */
package deepdesk.core.project;
