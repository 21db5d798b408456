/**
 * What the simulated platforms remember, all in memory and safe for many concurrent callers: the
 * seeded accounts, issued tokens and one-time authorization codes, and every published item so
 * tests can count them.
 */
package io.autoposter.simulator.state;
