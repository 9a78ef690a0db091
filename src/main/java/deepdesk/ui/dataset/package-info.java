/**
 * The Dataset screen: the rows of the open dataset, its columns with types and roles, statistics
 * and plots of the selected columns, the import dialog and the preparation settings.
 */
package deepdesk.ui.dataset;
