/** DeepDesk's launcher: the GUI without arguments, a headless command with them. */
package deepdesk;
