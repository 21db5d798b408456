package io.autoposter.model.rules;

import io.autoposter.model.Network;

/** The built-in demo network: a caption length limit only. */
public final class SandboxRules implements NetworkRules {

  static final SandboxRules INSTANCE = new SandboxRules();

  private SandboxRules() {}

  @Override
  public Network network() {
    return Network.SANDBOX;
  }
}
