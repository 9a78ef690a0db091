/** The Train screen: running, watching and comparing training runs. */
package deepdesk.ui.training;
