/** The Deploy screen: saving, exporting and serving a trained model. */
package deepdesk.ui.deploy;
