package io.autoposter.simulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.autoposter.simulator.faults.Fault;
import io.autoposter.simulator.faults.FaultRule;
import io.autoposter.simulator.state.IssuedToken;
import io.autoposter.simulator.state.PublishedItem;
import io.autoposter.simulator.state.Seed;
import io.autoposter.simulator.web.Json;
import java.time.Instant;

/** The control API's JSON for items, tokens, rules and the seed. */
final class ControlJson {
  private ControlJson() {}

  static ObjectNode item(PublishedItem item) {
    ObjectNode node = Json.object().put("network", item.network().key());
    node.put("account", item.account()).put("id", item.id()).put("kind", item.kind().name());
    node.put("text", item.text());
    item.link().ifPresent(l -> node.put("link", l));
    item.media().forEach(node.withArray("media")::add);
    item.parentId().ifPresent(p -> node.put("parentId", p));
    node.put("createdAt", item.createdAt().toString()).put("permalink", item.permalink());
    node.put("fingerprint", item.fingerprint());
    return node;
  }

  static ObjectNode token(IssuedToken token, Instant now) {
    ObjectNode node = Json.object().put("value", token.value());
    node.put("network", token.network().key()).put("kind", token.kind().name());
    node.put("subject", token.subject());
    token.account().ifPresent(a -> node.put("account", a));
    token.scopes().stream().sorted().forEach(node.withArray("scopes")::add);
    node.put("state", token.state().name());
    token.expiresAt().ifPresent(at -> node.put("expiresAt", at.toString()));
    token.secondsLeft(now).ifPresent(s -> node.put("secondsLeft", s));
    node.put("expired", token.expiredAt(now));
    return node;
  }

  static ObjectNode rule(FaultRule rule) {
    ObjectNode node = Json.object().put("id", rule.id());
    node.put("kind", FaultRequest.kindOf(rule.fault()));
    rule.scope().network().ifPresent(n -> node.put("network", n.key()));
    rule.scope().account().ifPresent(a -> node.put("account", a));
    if (rule.trigger().times() > 0) {
      node.put("times", rule.trigger().times()).put("remaining", rule.remaining());
    } else {
      node.put("rate", rule.trigger().rate());
    }
    switch (rule.fault()) {
      case Fault.Latency l ->
          node.put("minMillis", l.min().toMillis()).put("maxMillis", l.max().toMillis());
      case Fault.ServerError e -> node.put("status", e.status());
      case Fault.Hold h -> node.put("millis", h.duration().toMillis());
      case Fault.RateLimited r -> node.put("code", r.graphCode());
      case Fault.DropAfterCommit d -> {}
      case Fault.Duplicate d -> {}
    }
    return node;
  }

  static ObjectNode seed(Seed seed) {
    ObjectNode node = Json.object();
    ObjectNode facebook = node.putObject("facebook");
    facebook
        .putObject("user")
        .put("id", seed.facebookUser().id())
        .put("name", seed.facebookUser().name());
    for (Seed.FacebookPage page : seed.pages()) {
      ObjectNode p = facebook.withArray("pages").addObject();
      p.put("id", page.id()).put("name", page.name()).put("category", page.category());
      page.instagram()
          .ifPresent(
              ig -> p.putObject("instagram").put("id", ig.id()).put("username", ig.username()));
    }
    ObjectNode linkedIn = node.putObject("linkedin");
    linkedIn
        .putObject("member")
        .put("id", seed.linkedInMember().id())
        .put("urn", seed.linkedInMember().urn());
    for (Seed.LinkedInOrganization org : seed.organizations()) {
      linkedIn
          .withArray("organizations")
          .addObject()
          .put("id", org.id())
          .put("urn", org.urn())
          .put("name", org.name());
    }
    node.putObject("x")
        .put("id", seed.xUser().id())
        .put("username", seed.xUser().username())
        .put("name", seed.xUser().name());
    return node;
  }
}
