/** Small types shared by every core package: progress reporting and cancellation. */
package deepdesk.core.common;
