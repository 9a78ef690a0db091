/**
 * Training on a cluster, seen from the rest of DeepDesk: the settings, the data a cluster
 * prepares and the runs it trains, as plain interfaces and records. The implementation (Apache
 * Spark) is found at run time through {@link java.util.ServiceLoader}, so nothing here, and
 * nothing on the desktop's start-up path, loads a cluster library.
 */
package deepdesk.core.distributed;
