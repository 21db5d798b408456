/** Repeatable benchmarks (run by hand, not by the test suite); see docs/benchmarks.md. */
package io.autoposter.system.bench;
