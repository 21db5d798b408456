package io.autoposter.simulator.linkedin;

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

/** Mounts LinkedIn's routes: {@code /oauth/v2}, {@code /v2/userinfo}, {@code /rest}, uploads. */
public final class LinkedInApi {
  private final LinkedInContext linkedIn;

  public LinkedInApi(
      Seed seed,
      Tokens tokens,
      AuthorizationCodes codes,
      Consents consents,
      PublishedLog published,
      Images images,
      Gate gate,
      IdSequence ids,
      ClientCredentials client,
      Supplier<String> publicUrl) {
    this.linkedIn =
        new LinkedInContext(
            seed, tokens, codes, consents, published, images, gate, ids, client, publicUrl);
  }

  public void register(HttpRouting.Builder routing) {
    LinkedInMembers members = new LinkedInMembers(linkedIn);
    LinkedInPosts posts = new LinkedInPosts(linkedIn);
    LinkedInImages images = new LinkedInImages(linkedIn);
    routing
        .register("/oauth/v2", new LinkedInOAuth(linkedIn))
        .get("/v2/userinfo", members::userinfo)
        .get("/rest/organizationAcls", members::organizationAcls)
        .get("/rest/organizations/{id}", members::organization)
        .post("/rest/posts", posts::create)
        .get("/rest/posts", posts::byAuthor)
        .get("/rest/posts/{urn}", posts::one)
        .post("/rest/images", images::initialize)
        .get("/rest/images/{urn}", images::one)
        .put("/dms-uploads/{id}", images::upload);
  }
}
