/** The Model screen: building a network layer by layer for the prepared dataset. */
package deepdesk.ui.builder;
