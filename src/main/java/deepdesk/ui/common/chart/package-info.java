/**
 * Charts and diagrams drawn on a canvas that stay fast with live data: decimated line charts
 * with smoothing, log scale and hover read-outs, decision-surface heat maps, the network
 * diagram, and PNG/CSV export. FX thread only.
 */
package deepdesk.ui.common.chart;
