package io.autoposter.desktop.audit;

import io.autoposter.desktop.sync.AuditLog;
import io.autoposter.desktop.sync.AuditQuery;
import io.autoposter.desktop.ui.RemoteState;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.api.AuditEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State and commands of the Audit log screen: filters, one page of entries, paging. */
public final class AuditViewModel {

  // ---- Properties ----
  private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
  private final StringProperty action = new SimpleStringProperty("");
  private final StringProperty actor = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
  private final IntegerProperty page = new SimpleIntegerProperty(0);
  private final IntegerProperty pageCount = new SimpleIntegerProperty(1);
  private final StringBinding pageText;
  private final BooleanBinding canPrevious;
  private final BooleanBinding canNext;
  private final RemoteState remote;

  private final AuditLog log;
  private final ZoneId zone;
  private final int pageSize;

  public AuditViewModel(AuditLog log, TaskExecutor tasks, ZoneId zone, int pageSize) {
    this.log = Objects.requireNonNull(log, "log");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.pageSize = pageSize;
    this.remote = new RemoteState(tasks);
    pageText =
        Bindings.createStringBinding(
            () -> "Page " + (page.get() + 1) + " of " + pageCount.get(), page, pageCount);
    canPrevious =
        Bindings.createBooleanBinding(
            () -> page.get() > 0 && !remote.busyProperty().get(), page, remote.busyProperty());
    canNext =
        Bindings.createBooleanBinding(
            () -> page.get() + 1 < pageCount.get() && !remote.busyProperty().get(),
            page,
            pageCount,
            remote.busyProperty());
  }

  public ObservableList<AuditEntry> entries() {
    return entries;
  }

  /** An action code, or empty for every action. */
  public StringProperty actionProperty() {
    return action;
  }

  public StringProperty actorProperty() {
    return actor;
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  public StringBinding pageTextProperty() {
    return pageText;
  }

  public BooleanBinding canPreviousProperty() {
    return canPrevious;
  }

  public BooleanBinding canNextProperty() {
    return canNext;
  }

  public RemoteState remote() {
    return remote;
  }

  public ZoneId zone() {
    return zone;
  }

  // ---- Commands ----

  /** Applies the filters and shows the first page. */
  public void search() {
    loadPage(0);
  }

  public void next() {
    if (canNext.get()) {
      loadPage(page.get() + 1);
    }
  }

  public void previous() {
    if (canPrevious.get()) {
      loadPage(page.get() - 1);
    }
  }

  public void clearFilters() {
    action.set("");
    actor.set("");
    from.set(null);
    to.set(null);
    search();
  }

  /** The query for {@code pageNumber}: dates are whole local days, {@code to} inclusive. */
  AuditQuery query(int pageNumber) {
    return new AuditQuery(
        pageNumber,
        pageSize,
        action.get(),
        actor.get(),
        from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
        to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant());
  }

  private void loadPage(int pageNumber) {
    AuditQuery query = query(pageNumber);
    remote.load(
        () -> log.page(query),
        result -> {
          entries.setAll(result.entries());
          page.set(result.page());
          pageCount.set((int) Math.max(1, (result.total() + pageSize - 1) / pageSize));
        });
  }
}
