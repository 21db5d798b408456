package io.autoposter.simulator.faults;

import io.autoposter.simulator.state.SimulatedNetwork;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Standing conditions rather than per-request faults: whether consent pages approve by themselves,
 * which permissions a person withholds at consent, how Instagram containers progress (per account,
 * or for all with a null account) and the Instagram 24-hour publishing quota.
 */
public final class Conditions {
  /** The quota the current publishing guide names; the older reference says 50. */
  public static final int DEFAULT_INSTAGRAM_QUOTA = 100;

  private static final String ALL = "*";

  private volatile boolean autoApprove;
  private final Map<SimulatedNetwork, Set<String>> withheld = new ConcurrentHashMap<>();
  private final Map<String, ContainerPlan> containerPlans = new ConcurrentHashMap<>();
  private final Map<String, Integer> quotas = new ConcurrentHashMap<>();

  public Conditions(boolean autoApprove) {
    this.autoApprove = autoApprove;
  }

  /** When true, authorize URLs redirect at once instead of showing the consent page. */
  public void autoApprove(boolean value) {
    this.autoApprove = value;
  }

  public boolean autoApprove() {
    return autoApprove;
  }

  /** From now on consents on this network leave the permission out (it shows as declined). */
  public void withhold(SimulatedNetwork network, String permission) {
    withheld.computeIfAbsent(network, n -> ConcurrentHashMap.newKeySet()).add(permission);
  }

  public Set<String> withheld(SimulatedNetwork network) {
    return Set.copyOf(withheld.getOrDefault(network, Set.of()));
  }

  /** How containers created from now on for {@code account} (null: every account) progress. */
  public void containerPlan(String account, ContainerPlan plan) {
    containerPlans.put(account == null ? ALL : account, plan);
  }

  public ContainerPlan containerPlan(String account) {
    ContainerPlan own = account == null ? null : containerPlans.get(account);
    return own != null ? own : containerPlans.getOrDefault(ALL, ContainerPlan.normal());
  }

  /** Posts an Instagram account may publish per moving 24 hours (null account: every account). */
  public void instagramQuota(String account, int total) {
    if (total < 0) {
      throw new IllegalArgumentException("quota >= 0");
    }
    quotas.put(account == null ? ALL : account, total);
  }

  public int instagramQuota(String account) {
    Integer own = account == null ? null : quotas.get(account);
    return own != null ? own : quotas.getOrDefault(ALL, DEFAULT_INSTAGRAM_QUOTA);
  }

  /** Back to defaults; {@code autoApprove} returns to the value given at start. */
  public void clear(boolean autoApproveDefault) {
    autoApprove = autoApproveDefault;
    withheld.clear();
    containerPlans.clear();
    quotas.clear();
  }
}
