/**
 * Parts the screens share, so that no screen reaches into another: the background executor and
 * the background work shown in the status bar, latest-result-wins jobs and debouncing, the
 * {@link deepdesk.ui.common.Workbench} state, the bridge for training events, the scatter plot,
 * number labels, formula rendering, empty states, and charts in {@code chart}.
 */
package deepdesk.ui.common;
