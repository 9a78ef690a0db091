/**
 * Tables of typed columns and how they are read from CSV files: dialect sniffing, type
 * inference, compact column storage, statistics and synthetic data generators. No JavaFX.
 */
package deepdesk.core.data;
