package io.autoposter.server.sandbox;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.api.SocialAccount;
import io.autoposter.server.store.Transaction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Connected accounts, always scoped to one agency. */
public final class SocialAccountRepository {
  private static final String COLUMNS = "id, brand_id, network, display_name";

  /** The brand's accounts on one network, oldest first. */
  public List<SocialAccount> forBrand(
      Transaction tx, AgencyId agency, BrandId brand, Network network) {
    return tx.list(
        "SELECT "
            + COLUMNS
            + " FROM social_accounts"
            + " WHERE agency_id = ? AND brand_id = ? AND network = ? ORDER BY created_at, id",
        SocialAccountRepository::account,
        agency.value(),
        brand.value(),
        network.name());
  }

  List<SocialAccount> list(Transaction tx, AgencyId agency) {
    return tx.list(
        "SELECT " + COLUMNS + " FROM social_accounts WHERE agency_id = ? ORDER BY created_at, id",
        SocialAccountRepository::account,
        agency.value());
  }

  void insert(Transaction tx, AgencyId agency, SocialAccount account, Instant now) {
    tx.update(
        "INSERT INTO social_accounts (id, agency_id, brand_id, network, display_name, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        account.id().value(),
        agency.value(),
        account.brandId().value(),
        account.network().name(),
        account.displayName(),
        now);
  }

  private static SocialAccount account(ResultSet row) throws SQLException {
    return new SocialAccount(
        new SocialAccountId(row.getObject("id", UUID.class)),
        new BrandId(row.getObject("brand_id", UUID.class)),
        Network.valueOf(row.getString("network")),
        row.getString("display_name"));
  }
}
