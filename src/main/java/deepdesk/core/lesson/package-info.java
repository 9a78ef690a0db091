/**
 * The numbers behind the Learn screen's lessons, computed with the same engine that trains real
 * models (no separate toy implementation). No JavaFX.
 */
package deepdesk.core.lesson;
