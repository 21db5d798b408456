package io.autoposter.desktop.storage;

import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;

/**
 * A brand as last pulled from the server; desktops change brands only through the server's admin
 * routes.
 */
@Entity
@Table(name = "brands")
class BrandEntity {

  @Id
  @Column(length = 36)
  String id;

  @Column(nullable = false, length = Brand.MAX_NAME_LENGTH)
  String name;

  @Column(nullable = false, length = 64)
  String zone;

  @Column(nullable = false, length = 7)
  String color;

  @Column(name = "logo_sha256", length = 64)
  String logoSha256;

  /** JSON array of {@link io.autoposter.model.PostingSlot}; null in rows from before slots. */
  @Column(name = "posting_slots_json", length = 20_000)
  String postingSlots;

  /** JSON array of {@link io.autoposter.model.HashtagGroup}. */
  @Column(name = "hashtag_groups_json", length = 200_000)
  String hashtagGroups;

  @Column(name = "server_version", nullable = false)
  long serverVersion;

  BrandEntity() {}

  void copyFrom(Brand brand, long version) {
    id = brand.id().toString();
    name = brand.name();
    zone = brand.zone().getId();
    color = brand.color();
    logoSha256 = brand.logoSha256();
    postingSlots = StoredJson.postingSlots(brand.postingSlots());
    hashtagGroups = StoredJson.hashtagGroups(brand.hashtagGroups());
    serverVersion = version;
  }

  Brand toBrand() {
    return new Brand(
        BrandId.parse(id),
        name,
        ZoneId.of(zone),
        color,
        logoSha256,
        StoredJson.postingSlots(postingSlots),
        StoredJson.hashtagGroups(hashtagGroups));
  }
}
