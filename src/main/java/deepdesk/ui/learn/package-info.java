/** The Learn screen: interactive lessons on the basics of neural networks. */
package deepdesk.ui.learn;
