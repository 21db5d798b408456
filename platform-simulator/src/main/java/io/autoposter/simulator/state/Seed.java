package io.autoposter.simulator.state;

import java.util.List;
import java.util.Optional;

/**
 * The accounts the simulator starts with: a Facebook user managing pages (one linked to an
 * Instagram business account), a LinkedIn member administering organizations, and an X user.
 */
public record Seed(
    FacebookUser facebookUser,
    List<FacebookPage> pages,
    LinkedInMember linkedInMember,
    List<LinkedInOrganization> organizations,
    XUser xUser) {

  public Seed {
    pages = List.copyOf(pages);
    organizations = List.copyOf(organizations);
  }

  /** A Facebook user who can log in; they manage every seeded page. */
  public record FacebookUser(String id, String name) {}

  /** A Facebook Page; {@code instagram} is its linked Instagram business account, if any. */
  public record FacebookPage(
      String id, String name, String category, Optional<InstagramAccount> instagram) {}

  /** An Instagram professional account linked to a page. */
  public record InstagramAccount(String id, String username, String name) {}

  /** A LinkedIn member; {@code id} is the person id in {@code urn:li:person:{id}}. */
  public record LinkedInMember(String id, String givenName, String familyName, String email) {
    public String urn() {
      return "urn:li:person:" + id;
    }
  }

  /** An organization the member administers. */
  public record LinkedInOrganization(long id, String name, String vanityName) {
    public String urn() {
      return "urn:li:organization:" + id;
    }
  }

  /** An X user. */
  public record XUser(String id, String name, String username) {}

  /** The demo world, named after the demo agency's brands. */
  public static Seed demo() {
    return new Seed(
        new FacebookUser("10160000000000001", "Dana Demo"),
        List.of(
            new FacebookPage(
                "104000000000001",
                "Trattoria Roma",
                "Italian Restaurant",
                Optional.of(
                    new InstagramAccount("17841400000000001", "trattoriaroma", "Trattoria Roma"))),
            new FacebookPage(
                "104000000000002", "Gelateria Sole", "Ice Cream Shop", Optional.empty())),
        new LinkedInMember("dEm0Mmbr01", "Dana", "Demo", "dana.demo@example.com"),
        List.of(
            new LinkedInOrganization(90000001L, "Trattoria Roma", "trattoria-roma"),
            new LinkedInOrganization(90000002L, "Studio Lumen Yoga", "studio-lumen-yoga")),
        new XUser("1600000000000000001", "Trattoria Roma", "trattoriaroma"));
  }

  public Optional<FacebookPage> page(String id) {
    return pages.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The page an Instagram account is linked to. */
  public Optional<FacebookPage> pageOfInstagram(String instagramId) {
    return pages.stream()
        .filter(p -> p.instagram().map(ig -> ig.id().equals(instagramId)).orElse(false))
        .findFirst();
  }

  public Optional<InstagramAccount> instagram(String id) {
    return pageOfInstagram(id).flatMap(FacebookPage::instagram);
  }

  public Optional<LinkedInOrganization> organization(long id) {
    return organizations.stream().filter(o -> o.id() == id).findFirst();
  }

  /** The Instagram account of the first page that has one (the demo's Trattoria Roma). */
  public InstagramAccount instagramAccount() {
    return pages.stream()
        .flatMap(p -> p.instagram().stream())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no seeded page has an Instagram account"));
  }
}
