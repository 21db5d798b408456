package io.autoposter.simulator.faults;

/** An armed fault as listed by the control API; {@code remaining} counts down a "next N". */
public record FaultRule(String id, Fault fault, FaultScope scope, Trigger trigger, int remaining) {}
