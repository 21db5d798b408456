package io.autoposter.simulator.x;

import io.autoposter.simulator.consent.Consents;
import io.autoposter.simulator.state.AuthorizationCodes;
import io.autoposter.simulator.state.ClientCredentials;
import io.autoposter.simulator.state.IdSequence;
import io.autoposter.simulator.state.PublishedLog;
import io.autoposter.simulator.state.Seed;
import io.autoposter.simulator.state.Tokens;
import io.autoposter.simulator.web.Gate;
import io.helidon.webserver.http.HttpRouting;
import java.util.function.Supplier;

/** Mounts X's routes under {@code /i/oauth2} and {@code /2}. */
public final class XApi {
  private final XContext x;

  public XApi(
      Seed seed,
      Tokens tokens,
      AuthorizationCodes codes,
      Consents consents,
      PublishedLog published,
      XMedia media,
      Gate gate,
      IdSequence ids,
      ClientCredentials client,
      Supplier<String> publicUrl) {
    this.x =
        new XContext(
            seed,
            tokens,
            codes,
            consents,
            published,
            media,
            new RateWindows(),
            gate,
            ids,
            client,
            publicUrl);
  }

  public void register(HttpRouting.Builder routing) {
    XOAuth oauth = new XOAuth(x);
    XTweets tweets = new XTweets(x);
    XMediaUpload upload = new XMediaUpload(x);
    routing
        .get("/i/oauth2/authorize", oauth::authorize)
        .post("/2/oauth2/token", oauth::token)
        .post("/2/oauth2/revoke", oauth::revoke)
        .post("/2/tweets", tweets::create)
        .get("/2/tweets/{id}", tweets::one)
        .get("/2/users/me", tweets::me)
        .get("/2/users/{id}/tweets", tweets::timeline)
        .post("/2/media/upload/initialize", upload::initialize)
        .post("/2/media/upload/{id}/append", upload::append)
        .post("/2/media/upload/{id}/finalize", upload::finalizeUpload)
        .post("/2/media/upload", upload::command)
        .get("/2/media/upload", upload::command);
  }

  /** Forgets the rate-limit windows (part of a reset). */
  public void clear() {
    x.rateWindows().clear();
  }
}
