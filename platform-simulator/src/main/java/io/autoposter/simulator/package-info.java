/**
 * The platform simulator: a local HTTP server that speaks the parts of the Graph API (Facebook
 * Pages, Instagram), LinkedIn and X that Autoposter uses, for tests and the demo — never the
 * production path. {@link io.autoposter.simulator.PlatformSimulator} starts and stops it and is the
 * Java door to its state and knobs; {@link io.autoposter.simulator.Main} runs it alone.
 */
package io.autoposter.simulator;
