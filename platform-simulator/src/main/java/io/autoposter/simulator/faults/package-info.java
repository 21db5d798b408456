/**
 * The knobs tests turn: {@link io.autoposter.simulator.faults.Faults} (latency, 5xx, held requests,
 * responses dropped after the post was created, rate limits, forced duplicates), each scoped to a
 * network and optionally an account and fired for the next N requests or at a rate; and {@link
 * io.autoposter.simulator.faults.Conditions} (consent auto-approval, withheld permissions,
 * Instagram container outcomes, the Instagram publishing quota).
 */
package io.autoposter.simulator.faults;
