/** The desktop user interface: the main window and one sub-package per screen. */
package deepdesk.ui;
