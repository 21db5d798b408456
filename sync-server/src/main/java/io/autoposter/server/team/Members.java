package io.autoposter.server.team;

import io.autoposter.model.AgencyId;
import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import io.autoposter.model.UserId;
import io.autoposter.model.api.AuditAction;
import io.autoposter.model.api.Member;
import io.autoposter.model.api.UpdateMemberRequest;
import io.autoposter.server.access.Access;
import io.autoposter.server.access.Caller;
import io.autoposter.server.access.ClientOrigin;
import io.autoposter.server.api.ProblemException;
import io.autoposter.server.audit.AuditEvent;
import io.autoposter.server.audit.AuditLog;
import io.autoposter.server.brands.BrandRepository;
import io.autoposter.server.store.ChangeLogRepository;
import io.autoposter.server.store.Database;
import io.autoposter.server.store.Transaction;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Members of the caller's agency. Owners and admins manage the team, but only an owner may grant or
 * take away OWNER or ADMIN, and the last owner can be neither demoted nor removed.
 */
public final class Members {
  private final Database database;
  private final AuditLog audit;
  private final AccessChanges accessChanges;
  private final MemberRepository members = new MemberRepository();
  private final BrandRepository brands = new BrandRepository();

  public Members(Database database, ChangeLogRepository changeLog, AuditLog audit) {
    this.database = database;
    this.audit = audit;
    this.accessChanges = new AccessChanges(changeLog);
  }

  List<Member> list(Caller caller) {
    return database.inTransaction(tx -> members.list(tx, caller.agencyId()));
  }

  Member me(Caller caller) {
    return database.inTransaction(
        tx -> members.find(tx, caller.agencyId(), caller.userId()).orElseThrow());
  }

  Member update(Caller caller, String id, UpdateMemberRequest request, ClientOrigin origin) {
    return database.inTransaction(
        tx -> {
          Member current = find(tx, caller, id);
          Role role = request.role() == null ? current.role() : request.role();
          requireOwnerFor(caller, current.role(), role);
          if (current.role() == Role.OWNER
              && role != Role.OWNER
              && members.owners(tx, caller.agencyId()) <= 1) {
            throw lastOwner();
          }
          boolean allBrands =
              !role.canBeLimitedToBrands()
                  || (request.allBrands() == null ? current.allBrands() : request.allBrands());
          Set<BrandId> chosen =
              allBrands
                  ? Set.of()
                  : request.brandIds() == null ? current.brandIds() : request.brandIds();
          requireBrands(tx, caller.agencyId(), chosen);
          AgencyId agency = caller.agencyId();
          Set<BrandId> before =
              accessChanges.visible(
                  tx, agency, current.role(), current.allBrands(), current.brandIds());
          members.setAccess(tx, current.id(), role, allBrands, chosen);
          Set<BrandId> after = accessChanges.visible(tx, agency, role, allBrands, chosen);
          accessChanges.apply(tx, agency, current.id(), before, after);
          audit.record(
              tx,
              AuditEvent.by(
                  caller,
                  origin,
                  AuditAction.MEMBER_UPDATED,
                  current.email(),
                  "role %s → %s, brands %s"
                      .formatted(current.role(), role, allBrands ? "all" : chosen.toString())));
          return members.find(tx, agency, current.id()).orElseThrow();
        });
  }

  void remove(Caller caller, String id, ClientOrigin origin) {
    database.inTransaction(
        tx -> {
          Member current = find(tx, caller, id);
          requireOwnerFor(caller, current.role(), current.role());
          if (current.role() == Role.OWNER && members.owners(tx, caller.agencyId()) <= 1) {
            throw lastOwner();
          }
          members.delete(tx, current.id());
          audit.record(
              tx,
              AuditEvent.by(
                  caller,
                  origin,
                  AuditAction.MEMBER_REMOVED,
                  current.email(),
                  current.role().name()));
          return null;
        });
  }

  /** Brand ids of another agency (or unknown ones) are answered like any unknown brand: 404. */
  void requireBrands(Transaction tx, AgencyId agency, Set<BrandId> chosen) {
    for (BrandId brand : chosen) {
      if (brands.find(tx, agency, brand).isEmpty()) {
        throw ProblemException.notFound("There is no such brand.");
      }
    }
  }

  static void requireOwnerFor(Caller caller, Role from, Role to) {
    boolean privileged = from.managesTeam() || to.managesTeam();
    if (privileged && caller.role() != Role.OWNER) {
      throw Access.forbidden();
    }
  }

  private Member find(Transaction tx, Caller caller, String id) {
    try {
      return members
          .find(tx, caller.agencyId(), new UserId(UUID.fromString(id)))
          .orElseThrow(() -> ProblemException.notFound("There is no such member."));
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("There is no such member.");
    }
  }

  private static ProblemException lastOwner() {
    return ProblemException.conflict(
        "LAST_OWNER",
        "The agency needs an owner",
        "Make another member an owner first; an agency always keeps at least one owner.");
  }
}
