/**
 * Parts every screen shares: the background executor, background work shown in the status bar,
 * latest-result-wins jobs, the scatter plot canvas, empty states and setting tooltips.
 */
package deepdesk.ui.common;
