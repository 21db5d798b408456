package io.autoposter.server.team;

import io.autoposter.model.AgencyId;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import io.autoposter.model.sync.BrandChanged;
import io.autoposter.model.sync.BrandRemoved;
import io.autoposter.model.sync.ConflictChanged;
import io.autoposter.model.sync.PostChanged;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.server.brands.BrandRepository;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.ConflictRepository;
import io.autoposter.server.store.PostRepository;
import io.autoposter.server.store.StoredPost;
import io.autoposter.server.store.Transaction;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps a member's devices in step when their brand access changes. A pull only filters by the
 * access the member has now, so: a brand that becomes hidden gets a {@code brand.removed} addressed
 * to the member (their devices drop it and its posts); a brand that becomes visible is sent again —
 * the brand and each live post, addressed to the member — because their cursor is already past
 * those entries (and the brand's open conflicts, which are part of a device's copy of it).
 */
final class AccessChanges {
  private final ChangeLogRepository changeLog;
  private final BrandRepository brands = new BrandRepository();
  private final PostRepository posts = new PostRepository();
  private final ConflictRepository conflicts = new ConflictRepository();

  AccessChanges(ChangeLogRepository changeLog) {
    this.changeLog = changeLog;
  }

  /** The live brands a member with this access sees. */
  Set<BrandId> visible(
      Transaction tx, AgencyId agency, Role role, boolean allBrands, Set<BrandId> chosen) {
    Set<BrandId> all = brands.list(tx, agency).stream().map(Brand::id).collect(Collectors.toSet());
    if (allBrands || !role.canBeLimitedToBrands()) {
      return all;
    }
    Set<BrandId> limited = new HashSet<>(chosen);
    limited.retainAll(all);
    return limited;
  }

  void apply(
      Transaction tx, AgencyId agency, UserId member, Set<BrandId> before, Set<BrandId> after) {
    changeLog.lockAgency(tx, agency);
    for (BrandId lost : before) {
      if (!after.contains(lost)) {
        changeLog.appendFor(tx, agency, member, version -> new BrandRemoved(version, lost));
      }
    }
    Map<BrandId, Brand> byId =
        brands.list(tx, agency).stream().collect(Collectors.toMap(Brand::id, Function.identity()));
    for (BrandId gained : after) {
      if (!before.contains(gained) && byId.containsKey(gained)) {
        Brand brand = byId.get(gained);
        changeLog.appendFor(tx, agency, member, version -> new BrandChanged(version, brand));
        for (StoredPost post : posts.liveOfBrand(tx, agency, gained)) {
          changeLog.appendFor(
              tx, agency, member, version -> new PostChanged(version, post.post(), post.hlc()));
        }
        // Open conflicts are part of a device's copy of the brand, like its posts.
        for (PostConflict conflict : conflicts.openOfBrand(tx, agency, gained)) {
          changeLog.appendFor(
              tx, agency, member, version -> new ConflictChanged(version, conflict));
        }
      }
    }
  }
}
