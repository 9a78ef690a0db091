/**
 * What a network is, as data: layers, activations, output and loss, initialisation, optimiser,
 * learning-rate schedule and regularisation settings. Immutable records and enums that round-trip
 * through JSON; the math that runs them lives in {@code deepdesk.core.engine}.
 */
package deepdesk.core.model;
