package io.autoposter.simulator.faults;

import io.autoposter.simulator.state.SimulatedNetwork;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The armed faults. Rules are tried in the order they were added; a "next N" rule fires exactly N
 * times even under concurrent requests, then disappears.
 */
public final class Faults {
  private final CopyOnWriteArrayList<Armed> rules = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();

  private record Armed(
      String id, Fault fault, FaultScope scope, Trigger trigger, AtomicInteger left) {
    FaultRule view() {
      return new FaultRule(id, fault, scope, trigger, left.get());
    }
  }

  /** Arms a fault and returns its id (for {@link #remove}). */
  public String add(Fault fault, FaultScope scope, Trigger trigger) {
    String id = "fault-" + ids.incrementAndGet();
    rules.add(new Armed(id, fault, scope, trigger, new AtomicInteger(trigger.times())));
    return id;
  }

  public String latency(FaultScope scope, Duration fixed) {
    return add(new Fault.Latency(fixed, fixed), scope, Trigger.always());
  }

  public String latency(FaultScope scope, Duration min, Duration max) {
    return add(new Fault.Latency(min, max), scope, Trigger.always());
  }

  public String serverErrors(FaultScope scope, int status, Trigger trigger) {
    return add(new Fault.ServerError(status), scope, trigger);
  }

  public String hold(FaultScope scope, Duration duration, Trigger trigger) {
    return add(new Fault.Hold(duration), scope, trigger);
  }

  public String dropAfterCommit(FaultScope scope, Trigger trigger) {
    return add(new Fault.DropAfterCommit(), scope, trigger);
  }

  public String rateLimit(FaultScope scope, int graphCode, Trigger trigger) {
    return add(new Fault.RateLimited(graphCode), scope, trigger);
  }

  public String duplicate(FaultScope scope, Trigger trigger) {
    return add(new Fault.Duplicate(), scope, trigger);
  }

  public boolean remove(String id) {
    return rules.removeIf(r -> r.id().equals(id));
  }

  public void clear() {
    rules.clear();
  }

  public List<FaultRule> list() {
    return rules.stream().map(Armed::view).toList();
  }

  /** The first armed fault of this kind that covers the request and fires now. */
  public <F extends Fault> Optional<F> fire(
      Class<F> kind, SimulatedNetwork network, String account) {
    for (Armed rule : rules) {
      if (kind.isInstance(rule.fault()) && rule.scope().covers(network, account) && fires(rule)) {
        return Optional.of(kind.cast(rule.fault()));
      }
    }
    return Optional.empty();
  }

  /** How long a matching request waits: one latency draw, or zero. */
  public Duration latencyFor(SimulatedNetwork network, String account) {
    return fire(Fault.Latency.class, network, account)
        .map(
            l -> {
              long min = l.min().toMillis();
              long max = l.max().toMillis();
              long drawn = max == min ? min : ThreadLocalRandom.current().nextLong(min, max + 1);
              return Duration.ofMillis(drawn);
            })
        .orElse(Duration.ZERO);
  }

  private boolean fires(Armed rule) {
    if (rule.trigger().counted()) {
      int before = rule.left().getAndUpdate(n -> n > 0 ? n - 1 : 0);
      if (before == 1) {
        rules.remove(rule);
      }
      return before > 0;
    }
    double rate = rule.trigger().rate();
    return rate >= 1.0 || ThreadLocalRandom.current().nextDouble() < rate;
  }
}
