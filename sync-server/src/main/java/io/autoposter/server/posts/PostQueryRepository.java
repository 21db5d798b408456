package io.autoposter.server.posts;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Network;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.api.ApiPost;
import io.autoposter.server.store.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Read-only queries of the posts API, always within one agency and a set of its brands. */
final class PostQueryRepository {

  /** Where a page ended: the last post's due time and id (ties on the due time go by id). */
  record Cursor(Instant dueAt, PostId id) {}

  /** A page of posts in {@code statuses}, by due time then id, strictly past the cursor. */
  List<ApiPost> page(
      Transaction tx,
      AgencyId agency,
      Collection<BrandId> brands,
      Set<PostStatus> statuses,
      boolean newestFirst,
      Cursor cursor,
      int limit) {
    return select(tx, agency, brands, statuses, null, newestFirst, cursor, limit);
  }

  /** One post of the agency in one of {@code brands}, with its targets. */
  java.util.Optional<ApiPost> one(
      Transaction tx, AgencyId agency, Collection<BrandId> brands, PostId id) {
    return select(tx, agency, brands, EnumSet.allOf(PostStatus.class), id, false, null, 1).stream()
        .findFirst();
  }

  /**
   * Posts of {@code brands} that failed on {@code account} for one of {@code errorCodes} and are
   * settled (failed or needing attention), oldest due first.
   */
  List<PostId> failedOn(
      Transaction tx,
      AgencyId agency,
      Collection<BrandId> brands,
      UUID account,
      Collection<String> errorCodes) {
    if (brands.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>();
    params.add(agency.value());
    params.add(account);
    params.addAll(errorCodes);
    brands.forEach(b -> params.add(b.value()));
    return tx.list(
        "SELECT p.id FROM posts p WHERE p.agency_id = ? AND p.deleted = FALSE"
            + " AND p.status IN ('FAILED', 'NEEDS_ATTENTION') AND EXISTS (SELECT 1 FROM"
            + " publish_targets t WHERE t.post_id = p.id AND t.account_id = ?"
            + " AND t.state IN ('FAILED', 'NEEDS_ATTENTION') AND t.error_code IN ("
            + marks(errorCodes.size())
            + ")) AND p.brand_id IN ("
            + marks(brands.size())
            + ") ORDER BY p.due_at, p.id",
        row -> new PostId(row.getObject("id", UUID.class)),
        params.toArray());
  }

  /** When the brand's scheduled (or publishing) posts are due, from {@code from} to {@code to}. */
  Set<Instant> dueTimes(Transaction tx, AgencyId agency, BrandId brand, Instant from, Instant to) {
    return tx
        .list(
            "SELECT due_at FROM posts WHERE agency_id = ? AND brand_id = ? AND deleted = FALSE"
                + " AND status IN ('SCHEDULED', 'PUBLISHING') AND due_at >= ? AND due_at <= ?",
            row -> Transaction.instant(row, "due_at"),
            agency.value(),
            brand.value(),
            from,
            to)
        .stream()
        .collect(Collectors.toSet());
  }

  /** The change-log version of a post of the agency in one of {@code brands}: an edit's base. */
  java.util.Optional<Long> version(
      Transaction tx, AgencyId agency, Collection<BrandId> brands, PostId id) {
    if (brands.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<Object> params = new ArrayList<>();
    params.add(agency.value());
    params.add(id.value());
    brands.forEach(b -> params.add(b.value()));
    return tx
        .list(
            "SELECT version FROM posts WHERE agency_id = ? AND id = ? AND deleted = FALSE"
                + " AND brand_id IN ("
                + marks(brands.size())
                + ")",
            row -> row.getLong("version"),
            params.toArray())
        .stream()
        .findFirst();
  }

  private List<ApiPost> select(
      Transaction tx,
      AgencyId agency,
      Collection<BrandId> brands,
      Set<PostStatus> statuses,
      PostId only,
      boolean newestFirst,
      Cursor cursor,
      int limit) {
    if (brands.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>();
    params.add(agency.value());
    brands.forEach(b -> params.add(b.value()));
    statuses.forEach(s -> params.add(s.name()));
    String sql =
        "SELECT id, brand_id, caption, networks, due_at, status, outcome FROM posts"
            + " WHERE agency_id = ? AND deleted = FALSE"
            + (only == null ? " AND due_at IS NOT NULL" : "")
            + " AND brand_id IN ("
            + marks(brands.size())
            + ") AND status IN ("
            + marks(statuses.size())
            + ")";
    String direction = newestFirst ? "DESC" : "ASC";
    if (only != null) {
      sql += " AND id = ?";
      params.add(only.value());
    }
    if (cursor != null) {
      String past = newestFirst ? "<" : ">";
      sql += " AND (due_at " + past + " ? OR (due_at = ? AND id " + past + " ?))";
      params.add(cursor.dueAt());
      params.add(cursor.dueAt());
      params.add(cursor.id().value());
    }
    sql += " ORDER BY due_at " + direction + ", id " + direction + " LIMIT ?";
    params.add(limit);
    List<Row> rows =
        tx.list(
            sql,
            row ->
                new Row(
                    new PostId(row.getObject("id", UUID.class)),
                    new BrandId(row.getObject("brand_id", UUID.class)),
                    row.getString("caption"),
                    networks(row.getString("networks")),
                    Transaction.instant(row, "due_at"),
                    PostStatus.valueOf(row.getString("status")),
                    row.getString("outcome")),
            params.toArray());
    Map<PostId, List<ApiPost.Target>> targets = targets(tx, agency, rows);
    return rows.stream()
        .map(
            r ->
                new ApiPost(
                    r.id(),
                    r.brand(),
                    r.caption(),
                    r.networks(),
                    r.dueAt(),
                    r.status(),
                    r.outcome(),
                    targets.getOrDefault(r.id(), List.of())))
        .toList();
  }

  Map<PostStatus, Long> postsByStatus(Transaction tx, AgencyId agency, Collection<BrandId> brands) {
    return countBy(
        tx,
        "SELECT status AS k, COUNT(*) AS n FROM posts WHERE agency_id = ? AND deleted = FALSE",
        agency,
        brands,
        PostStatus::valueOf);
  }

  Map<String, Long> targetsByState(Transaction tx, AgencyId agency, Collection<BrandId> brands) {
    return countBy(
        tx,
        "SELECT state AS k, COUNT(*) AS n FROM publish_targets WHERE agency_id = ?",
        agency,
        brands,
        state -> state);
  }

  /** {@code select} (naming its key {@code k}) over the brands, grouped by the key. */
  private static <K> Map<K, Long> countBy(
      Transaction tx,
      String select,
      AgencyId agency,
      Collection<BrandId> brands,
      java.util.function.Function<String, K> key) {
    if (brands.isEmpty()) {
      return Map.of();
    }
    Map<K, Long> counts = new LinkedHashMap<>();
    tx.list(
            select + " AND brand_id IN (" + marks(brands.size()) + ") GROUP BY k",
            row -> Map.entry(key.apply(row.getString("k")), row.getLong("n")),
            withBrands(agency, brands))
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  private static Map<PostId, List<ApiPost.Target>> targets(
      Transaction tx, AgencyId agency, List<Row> rows) {
    if (rows.isEmpty()) {
      return Map.of();
    }
    List<Object> params = new ArrayList<>();
    params.add(agency.value());
    rows.forEach(r -> params.add(r.id().value()));
    return tx
        .list(
            "SELECT post_id, network, account_name, state, platform_post_id, permalink,"
                + " error_code, error_message FROM publish_targets WHERE agency_id = ?"
                + " AND post_id IN ("
                + marks(rows.size())
                + ") ORDER BY network, account_name",
            row ->
                Map.entry(
                    new PostId(row.getObject("post_id", UUID.class)),
                    new ApiPost.Target(
                        Network.valueOf(row.getString("network")),
                        row.getString("account_name"),
                        row.getString("state"),
                        row.getString("platform_post_id"),
                        row.getString("permalink"),
                        row.getString("error_code"),
                        row.getString("error_message"))),
            params.toArray())
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  private static Object[] withBrands(AgencyId agency, Collection<BrandId> brands) {
    List<Object> params = new ArrayList<>();
    params.add(agency.value());
    brands.forEach(b -> params.add(b.value()));
    return params.toArray();
  }

  private static Set<Network> networks(String names) {
    Set<Network> all = EnumSet.noneOf(Network.class);
    Arrays.stream(names.split(","))
        .filter(n -> !n.isBlank())
        .map(Network::valueOf)
        .forEach(all::add);
    return all;
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private record Row(
      PostId id,
      BrandId brand,
      String caption,
      Set<Network> networks,
      Instant dueAt,
      PostStatus status,
      String outcome) {}
}
