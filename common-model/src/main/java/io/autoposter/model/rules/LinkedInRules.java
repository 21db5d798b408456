package io.autoposter.model.rules;

import io.autoposter.model.Network;

/**
 * LinkedIn: 3,000 characters; pictures or one video, not both. Text is sent escaped by {@link
 * LinkedInText}.
 */
public final class LinkedInRules implements NetworkRules {

  static final LinkedInRules INSTANCE = new LinkedInRules();

  private LinkedInRules() {}

  @Override
  public Network network() {
    return Network.LINKEDIN;
  }
}
