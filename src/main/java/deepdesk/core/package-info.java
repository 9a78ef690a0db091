/** Everything DeepDesk does that is not looking and clicking. Never imports JavaFX. */
package deepdesk.core;
