/**
 * The Model screen: a layer-stack editor with presets and undo, the network diagram, an analyser
 * table of shapes, parameter counts and warnings, and the training hyperparameters, for the data
 * prepared on the Data screen. {@link deepdesk.ui.builder.ModelViewModel} holds the state as a
 * history of immutable drafts; {@link deepdesk.ui.builder.ModelView} builds and binds the controls.
 */
package deepdesk.ui.builder;
