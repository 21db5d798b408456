package io.autoposter.server.accounts;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import io.autoposter.server.store.Transaction;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One-time connect flows; the state is only ever stored as its SHA-256. */
final class OAuthFlowRepository {

  /** A flow as stored. */
  record Flow(
      UUID id,
      AgencyId agency,
      UserId user,
      String userEmail,
      BrandId brand,
      Network network,
      String codeVerifier,
      String redirectUri,
      Instant expiresAt,
      Instant usedAt) {
    @Override
    public String toString() {
      return "Flow[" + id + ", " + network + ", verifier redacted]";
    }
  }

  void insert(Transaction tx, Flow flow, Instant now) {
    tx.update(
        "INSERT INTO oauth_flows (id, agency_id, user_id, user_email, brand_id, network, code_verifier,"
            + " redirect_uri, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        flow.id(),
        flow.agency().value(),
        flow.user().value(),
        flow.userEmail(),
        flow.brand().value(),
        flow.network().name(),
        flow.codeVerifier(),
        flow.redirectUri(),
        now,
        flow.expiresAt());
    tx.update("DELETE FROM oauth_flows WHERE expires_at < ?", now.minusSeconds(86_400));
  }

  /** Fixes the state of a flow that was never started and has not expired; false otherwise. */
  boolean start(Transaction tx, UUID id, String stateHash, Instant now) {
    return tx.update(
            "UPDATE oauth_flows SET state_hash = ?, started_at = ?"
                + " WHERE id = ? AND started_at IS NULL AND expires_at > ?",
            stateHash,
            now,
            id,
            now)
        == 1;
  }

  Optional<Flow> find(Transaction tx, UUID id) {
    return tx.one("SELECT * FROM oauth_flows WHERE id = ?", OAuthFlowRepository::flow, id);
  }

  Optional<Flow> byState(Transaction tx, String stateHash) {
    return tx.one(
        "SELECT * FROM oauth_flows WHERE state_hash = ?", OAuthFlowRepository::flow, stateHash);
  }

  /** Marks the flow used; true only for the one caller that did (concurrent callbacks lose). */
  boolean consume(Transaction tx, UUID id, Instant now) {
    return tx.update("UPDATE oauth_flows SET used_at = ? WHERE id = ? AND used_at IS NULL", now, id)
        == 1;
  }

  /**
   * Whether the member who started a flow may still connect accounts: still in the agency, and
   * still an owner or admin (a role change or removal between consent and attach stops the attach).
   */
  boolean mayStillConnect(Transaction tx, AgencyId agency, UserId user) {
    return tx.one(
            "SELECT role FROM users WHERE agency_id = ? AND id = ?",
            r -> Role.valueOf(r.getString(1)),
            agency.value(),
            user.value())
        .map(Role::managesTeam)
        .orElse(false);
  }

  private static Flow flow(java.sql.ResultSet row) throws java.sql.SQLException {
    return new Flow(
        row.getObject("id", UUID.class),
        new AgencyId(row.getObject("agency_id", UUID.class)),
        new UserId(row.getObject("user_id", UUID.class)),
        row.getString("user_email"),
        new BrandId(row.getObject("brand_id", UUID.class)),
        Network.valueOf(row.getString("network")),
        row.getString("code_verifier"),
        row.getString("redirect_uri"),
        Transaction.instant(row, "expires_at"),
        Transaction.instant(row, "used_at"));
  }
}
