package io.autoposter.desktop.workspace;

import io.autoposter.desktop.posts.PostService;
import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.Network;
import io.autoposter.model.rules.CaptionLength;
import io.autoposter.model.rules.CaptionRules;
import io.autoposter.model.rules.Finding;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The compose form: caption with per-network counters and findings, networks, and a due time
 * entered as the BRAND's wall clock (with the user's own time shown beside it).
 */
public final class ComposeViewModel {

  static final DateTimeFormatter TIME_INPUT = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT);
  static final DateTimeFormatter LOCAL_HINT =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
  private static final String EMPTY_CODE = "CAPTION_EMPTY";

  // ---- Properties ----
  private final StringProperty caption = new SimpleStringProperty("");
  private final Map<Network, BooleanProperty> networks = new EnumMap<>(Network.class);
  private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
  private final StringProperty dueTime = new SimpleStringProperty("09:00");
  private final ObservableList<Finding> findings = FXCollections.observableArrayList();
  private final ObservableList<NetworkCounter> counters = FXCollections.observableArrayList();
  // One wrapper each: a wrapper holds its listeners weakly, so a fresh one per call would lose
  // them.
  private final ObservableList<Finding> findingsView =
      FXCollections.unmodifiableObservableList(findings);
  private final ObservableList<NetworkCounter> countersView =
      FXCollections.unmodifiableObservableList(counters);
  private final ReadOnlyStringWrapper zoneText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper localTimeText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper blockedReason = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper canSchedule = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canSaveDraft = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

  private final ReadOnlyObjectProperty<Brand> brand;
  private final PostService posts;
  private final TaskExecutor tasks;
  private final Clock clock;
  private final ZoneId userZone;
  private final Consumer<LocalPost> onSaved;

  public ComposeViewModel(
      ReadOnlyObjectProperty<Brand> brand,
      PostService posts,
      TaskExecutor tasks,
      Clock clock,
      ZoneId userZone,
      Consumer<LocalPost> onSaved) {
    this.brand = Objects.requireNonNull(brand, "brand");
    this.posts = Objects.requireNonNull(posts, "posts");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.userZone = Objects.requireNonNull(userZone, "userZone");
    this.onSaved = Objects.requireNonNull(onSaved, "onSaved");
    List<Observable> inputs = new ArrayList<>(List.of(caption, dueDate, dueTime, brand, busy));
    for (Network network : Network.values()) {
      BooleanProperty chosen = new SimpleBooleanProperty(network == Network.SANDBOX);
      networks.put(network, chosen);
      inputs.add(chosen);
    }
    resetDate();
    inputs.forEach(o -> o.addListener(ignored -> recompute()));
    recompute();
  }

  public StringProperty captionProperty() {
    return caption;
  }

  public BooleanProperty networkProperty(Network network) {
    return networks.get(network);
  }

  public ObjectProperty<LocalDate> dueDateProperty() {
    return dueDate;
  }

  public StringProperty dueTimeProperty() {
    return dueTime;
  }

  /** Caption findings for the chosen networks, errors first (an empty caption is not listed). */
  public ObservableList<Finding> findings() {
    return findingsView;
  }

  public ObservableList<NetworkCounter> counters() {
    return countersView;
  }

  /** The brand's zone, such as "Europe/Rome (CEST)". */
  public ReadOnlyStringProperty zoneTextProperty() {
    return zoneText.getReadOnlyProperty();
  }

  /** The chosen time on the user's own clock, such as "Tue 14 Apr, 08:00 your time". */
  public ReadOnlyStringProperty localTimeTextProperty() {
    return localTimeText.getReadOnlyProperty();
  }

  /** Why Schedule is disabled, in words; empty when it is enabled. */
  public ReadOnlyStringProperty blockedReasonProperty() {
    return blockedReason.getReadOnlyProperty();
  }

  /** The outcome of the last save, such as "Scheduled for Tue 14 Apr, 09:00 in Rome". */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canScheduleProperty() {
    return canSchedule.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canSaveDraftProperty() {
    return canSaveDraft.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The chosen networks, in declaration order. */
  public Set<Network> chosenNetworks() {
    Set<Network> chosen = EnumSet.noneOf(Network.class);
    networks.forEach(
        (network, on) -> {
          if (on.get()) {
            chosen.add(network);
          }
        });
    return chosen;
  }

  /** The due time: the date and time read as the brand's wall clock; empty if incomplete. */
  public Optional<Instant> dueInstant() {
    Brand current = brand.get();
    Optional<LocalTime> time = parseTime(dueTime.get());
    if (current == null || dueDate.get() == null || time.isEmpty()) {
      return Optional.empty();
    }
    // ZonedDateTime.of moves a time in a spring-forward gap forward by the gap's length and picks
    // the earlier offset in an autumn overlap — what a person scheduling "02:30" most likely means.
    return Optional.of(ZonedDateTime.of(dueDate.get(), time.get(), current.zone()).toInstant());
  }

  // ---- Commands ----

  public void schedule() {
    if (!canSchedule.get()) {
      return;
    }
    Brand current = brand.get();
    String text = caption.get();
    Set<Network> chosen = chosenNetworks();
    Instant due = dueInstant().orElseThrow();
    save(() -> posts.schedule(current.id(), text, chosen, due), "Scheduled for ");
  }

  public void saveDraft() {
    if (!canSaveDraft.get()) {
      return;
    }
    Brand current = brand.get();
    String text = caption.get();
    Set<Network> chosen = chosenNetworks();
    Instant due = dueInstant().orElse(null);
    save(() -> posts.saveDraft(current.id(), text, chosen, due), "Draft saved");
  }

  private void save(java.util.concurrent.Callable<LocalPost> work, String what) {
    busy.set(true);
    message.set("");
    tasks.run(
        work,
        saved -> {
          busy.set(false);
          message.set(
              saved.post().dueAt() == null || what.startsWith("Draft")
                  ? what
                  : what
                      + LOCAL_HINT.format(saved.post().dueInBrandZone())
                      + " ("
                      + saved.post().zone().getId()
                      + ")");
          clear();
          onSaved.accept(saved);
        },
        failure -> {
          busy.set(false);
          message.set("Could not save the post: " + failure.getMessage());
        });
  }

  /** Empties the form for the next post, keeping the chosen networks. */
  public void clear() {
    caption.set("");
    resetDate();
    dueTime.set("09:00");
  }

  private void resetDate() {
    ZoneId zone = brand.get() == null ? userZone : brand.get().zone();
    dueDate.set(LocalDate.now(clock.withZone(zone)).plusDays(1));
  }

  // ---- derived state ----

  private void recompute() {
    String text = caption.get() == null ? "" : caption.get();
    Set<Network> chosen = chosenNetworks();
    List<Finding> all = CaptionRules.check(text, chosen);
    findings.setAll(all.stream().filter(f -> !f.code().equals(EMPTY_CODE)).toList());
    counters.setAll(
        chosen.stream()
            .map(n -> CaptionRules.measure(n, text))
            .map(ComposeViewModel::counterOf)
            .toList());

    Brand current = brand.get();
    zoneText.set(current == null ? "" : current.zone().getId());
    Optional<Instant> due = dueInstant();
    localTimeText.set(due.map(this::localHint).orElse(""));

    String reason = "";
    if (current == null) {
      reason = "Choose a brand first.";
    } else if (chosen.isEmpty()) {
      reason = "Choose at least one network.";
    } else if (text.isBlank()) {
      reason = "Write a caption to schedule the post.";
    } else if (all.stream().anyMatch(Finding::blocksScheduling)) {
      reason = "Fix the caption for the networks marked in red.";
    } else if (parseTime(dueTime.get()).isEmpty()) {
      reason = "Enter the time as hours and minutes, such as 09:30.";
    } else if (due.isEmpty()) {
      reason = "Pick a date.";
    } else if (!due.get().isAfter(clock.instant())) {
      reason = "Pick a time in the future.";
    }
    blockedReason.set(reason);
    canSchedule.set(reason.isEmpty() && !busy.get());
    canSaveDraft.set(current != null && !text.isBlank() && !busy.get());
  }

  private String localHint(Instant due) {
    ZonedDateTime mine = due.atZone(userZone);
    if (brand.get() != null && brand.get().zone().getRules().equals(userZone.getRules())) {
      return "Same as your time zone";
    }
    return LOCAL_HINT.format(mine) + " your time (" + userZone.getId() + ")";
  }

  private static NetworkCounter counterOf(CaptionLength length) {
    return new NetworkCounter(length.network(), length.used(), length.limit());
  }

  static Optional<LocalTime> parseTime(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(text.strip(), TIME_INPUT));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
