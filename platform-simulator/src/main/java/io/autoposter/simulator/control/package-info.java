/**
 * The control API under {@code /_sim} (JSON) that tests and the demo use: what was published,
 * counts, reset, the fault knobs, token tricks, consent and Instagram conditions; plus the HTML
 * views behind the simulated permalinks.
 */
package io.autoposter.simulator.control;
