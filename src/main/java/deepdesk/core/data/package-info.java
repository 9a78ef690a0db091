/**
 * Tables of typed columns and how they are read from CSV files. {@link
 * deepdesk.core.data.CsvSniffer} guesses a file's {@link deepdesk.core.data.CsvDialect}; {@link
 * deepdesk.core.data.CsvImporter} previews a file and reads it into a {@link
 * deepdesk.core.data.Dataset} of compact columns typed by {@link
 * deepdesk.core.data.ColumnInference}, or reports a {@link deepdesk.core.data.CsvFormatException}
 * that names the line; {@link deepdesk.core.data.ColumnStats} and {@link
 * deepdesk.core.data.Histogram} summarise a column and {@link
 * deepdesk.core.data.ColumnConversion} changes its type. Synthetic data generators live in the
 * {@code synthetic} sub-package. No JavaFX: everything here runs on worker threads, the CLI and
 * tests alike.
 */
package deepdesk.core.data;
