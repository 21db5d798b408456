package io.autoposter.server.brands;

import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.api.QuotaUsage;
import io.autoposter.model.quota.PostingQuota;
import io.autoposter.server.access.Caller;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.PostingQuotaRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How much of each posting quota a brand uses now, for every network with a quota: the same count
 * scheduling refuses by (ADR 0016).
 */
public final class BrandQuotas {
  private final Database database;
  private final Clock clock;
  private final Brands brands;
  private final PostingQuotaRepository quotas = new PostingQuotaRepository();

  public BrandQuotas(Database database, Clock clock, Brands brands) {
    this.database = database;
    this.clock = clock;
    this.brands = brands;
  }

  /** Every network with a quota, in the order of {@link Network}. */
  public List<QuotaUsage> usage(Caller caller, BrandId brand) {
    brands.get(caller, brand); // brand access, and a 404 for a brand of another agency
    Instant now = clock.instant();
    return database.inTransaction(
        tx -> {
          List<QuotaUsage> all = new ArrayList<>();
          for (Network network : Network.values()) {
            Optional<PostingQuotaRepository.Limit> limit =
                quotas.limit(tx, caller.agencyId(), brand, network);
            if (limit.isEmpty()) {
              continue;
            }
            PostingQuota quota = limit.get().quota();
            List<Instant> planned =
                quotas.planned(tx, caller.agencyId(), brand, network, null, now, quota.window());
            PostingQuota.Busiest busiest = quota.busiest(planned, now);
            all.add(
                new QuotaUsage(
                    network,
                    quota.limit(),
                    quota.window().toSeconds(),
                    limit.get().reportedAt(),
                    busiest.count(),
                    busiest.from(),
                    busiest.to(),
                    Math.max(0, quota.limit() - busiest.count())));
          }
          return all;
        });
  }
}
