package io.autoposter.desktop.conflicts;

import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.ui.Snippets;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.ClientId;
import io.autoposter.model.PostId;
import io.autoposter.model.UserId;
import io.autoposter.model.sync.ConflictKind;
import io.autoposter.model.sync.ConflictSide;
import io.autoposter.model.sync.PostConflict;
import io.autoposter.model.sync.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The conflict dialog's state: the open conflicts (all, or one post's), the one on show with both
 * sides in words, and the choices — keep one text, save a merged text, delete or keep a post. Each
 * choice is recorded locally with {@link LocalStore#recordResolution} and synced like any edit.
 *
 * <p>"Mine" is the side made on this computer ({@code side.clientId()} equals the store's client
 * id); when neither side is, the buttons name the people ("Keep Giulia's").
 */
public final class ConflictsViewModel {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final ObservableList<ConflictItem> items = FXCollections.observableArrayList();
  private final ObservableList<ConflictItem> itemsView =
      FXCollections.unmodifiableObservableList(items);
  private final ObjectProperty<ConflictItem> selected = new SimpleObjectProperty<>();
  private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper merging = new ReadOnlyBooleanWrapper(false);
  private final StringProperty mergedText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper emptyTitle = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper emptyHint = new ReadOnlyStringWrapper("");

  private final LocalStore store;
  private final UserId me;
  private final TaskExecutor tasks;
  private final Clock clock;
  private final ZoneId userZone;
  private final Runnable onResolved;
  private PostId filter;

  /**
   * @param me the signed-in user (to say "You, on another computer"), or null when not known
   * @param onResolved runs in the background after each recorded choice (tell sync, refresh)
   */
  public ConflictsViewModel(
      LocalStore store,
      UserId me,
      TaskExecutor tasks,
      Clock clock,
      ZoneId userZone,
      Runnable onResolved) {
    this.store = Objects.requireNonNull(store, "store");
    this.me = me;
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.userZone = Objects.requireNonNull(userZone, "userZone");
    this.onResolved = Objects.requireNonNull(onResolved, "onResolved");
    selected.addListener(
        (obs, old, now) -> {
          if (old == null || now == null || !old.id().equals(now.id())) {
            merging.set(false);
            error.set("");
          }
        });
  }

  // ---- properties ----

  public ObservableList<ConflictItem> items() {
    return itemsView;
  }

  /** The conflict on show. */
  public ObjectProperty<ConflictItem> selectedProperty() {
    return selected;
  }

  public ReadOnlyBooleanProperty showingProperty() {
    return showing.getReadOnlyProperty();
  }

  /** True once the list was read after opening. */
  public ReadOnlyBooleanProperty loadedProperty() {
    return loaded.getReadOnlyProperty();
  }

  /** True when there is nothing (left) to resolve. */
  public ReadOnlyBooleanProperty emptyProperty() {
    return empty.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** True while the merged-text editor is open. */
  public ReadOnlyBooleanProperty mergingProperty() {
    return merging.getReadOnlyProperty();
  }

  public StringProperty mergedTextProperty() {
    return mergedText;
  }

  /** What the last choice did, such as "Resolved — the post keeps your caption." */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** "2 open conflicts". */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty emptyTitleProperty() {
    return emptyTitle.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty emptyHintProperty() {
    return emptyHint.getReadOnlyProperty();
  }

  // ---- commands ----

  /** Opens the dialog on every open conflict. */
  public void open() {
    open(null);
  }

  /** Opens the dialog on the conflicts of {@code post} (all of them when null). */
  public void open(PostId post) {
    filter = post;
    message.set("");
    error.set("");
    merging.set(false);
    loaded.set(false);
    showing.set(true);
    load();
  }

  public void close() {
    showing.set(false);
    merging.set(false);
  }

  /** Re-reads the open conflicts while the dialog is open (after a sync brought changes). */
  public void reloadIfShowing() {
    if (showing.get() && !busy.get()) {
      load();
    }
  }

  /** Reads the open conflicts, keeping the one on show if it is still open. */
  public void load() {
    PostId only = filter;
    tasks.run(
        () -> snapshot(only),
        loadedItems -> {
          ConflictItem keep = selected.get();
          items.setAll(loadedItems);
          ConflictItem next =
              keep == null
                  ? null
                  : loadedItems.stream()
                      .filter(i -> i.id().equals(keep.id()))
                      .findFirst()
                      .orElse(null);
          selected.set(next != null ? next : loadedItems.isEmpty() ? null : loadedItems.getFirst());
          showCounts();
          loaded.set(true);
        },
        failure -> {
          error.set("Could not read the conflicts: " + failure.getMessage());
          loaded.set(true);
        });
  }

  /** Keeps the text of the left side (a text conflict). */
  public void keepLeft() {
    ConflictItem item = selected.get();
    if (item != null && item.isText()) {
      keep(item, item.left());
    }
  }

  /** Keeps the text of the right side (a text conflict). */
  public void keepRight() {
    ConflictItem item = selected.get();
    if (item != null && item.isText()) {
      keep(item, item.right());
    }
  }

  /** Opens the merged-text editor, starting from the text the post holds. */
  public void startMerge() {
    ConflictItem item = selected.get();
    if (item != null && item.isText()) {
      mergedText.set(item.keptText());
      merging.set(true);
      error.set("");
    }
  }

  public void cancelMerge() {
    merging.set(false);
  }

  /** Resolves the text conflict with the merged text. */
  public void saveMerged() {
    ConflictItem item = selected.get();
    if (item == null || !item.isText() || !merging.get()) {
      return;
    }
    String text = mergedText.get() == null ? "" : mergedText.get();
    resolve(
        item,
        text,
        false,
        "Resolved — the post has the merged " + TextField.label(item.field()) + ".");
  }

  /** Resolves a delete conflict by deleting the post. */
  public void deletePost() {
    ConflictItem item = selected.get();
    if (item != null && item.kind() == ConflictKind.DELETE) {
      resolve(item, "", true, "Resolved — the post was deleted.");
    }
  }

  /** Resolves a delete conflict by keeping the post with its edit. */
  public void keepPost() {
    ConflictItem item = selected.get();
    if (item != null && item.kind() == ConflictKind.DELETE) {
      resolve(item, item.keptText(), false, "Resolved — the post stays, with its edit.");
    }
  }

  private void keep(ConflictItem item, ConflictItem.Side side) {
    String whose = side.mine() || side.who().startsWith("You") ? "your" : possessive(side.who());
    resolve(
        item,
        side.text(),
        false,
        "Resolved — the post keeps " + whose + " " + TextField.label(item.field()) + ".");
  }

  private void resolve(ConflictItem item, String text, boolean deletePost, String done) {
    if (busy.get()) {
      return;
    }
    busy.set(true);
    error.set("");
    message.set("");
    tasks.run(
        () -> {
          store.recordResolution(item.id(), text, deletePost);
          onResolved.run();
          return snapshot(filter);
        },
        remaining -> {
          busy.set(false);
          merging.set(false);
          message.set(done);
          items.setAll(remaining);
          selected.set(remaining.isEmpty() ? null : remaining.getFirst());
          showCounts();
        },
        failure -> {
          busy.set(false);
          error.set("Could not save your choice: " + failure.getMessage());
        });
  }

  private void showCounts() {
    int n = items.size();
    summary.set(n == 0 ? "" : n == 1 ? "1 open conflict" : n + " open conflicts");
    empty.set(n == 0);
    emptyTitle.set(filter == null ? "No conflicts to resolve" : "Nothing to resolve for this post");
    emptyHint.set(
        filter == null
            ? "When two people change the same post at the same time, you decide here what it"
                + " keeps."
            : "No open conflicts here. Other posts may still have some.");
  }

  // ---- building the items (background) ----

  private List<ConflictItem> snapshot(PostId only) {
    ClientId mine = store.clientId();
    List<PostConflict> open = only == null ? store.openConflicts() : store.openConflicts(only);
    Map<BrandId, Brand> brands = new HashMap<>();
    for (Brand brand : store.brands()) {
      brands.put(brand.id(), brand);
    }
    Map<PostId, Optional<LocalPost>> posts = new HashMap<>();
    List<ConflictItem> result = new ArrayList<>();
    for (PostConflict conflict : open) {
      Optional<LocalPost> post = posts.computeIfAbsent(conflict.postId(), id -> store.post(id));
      Brand brand = brands.get(conflict.brandId());
      String caption =
          post.map(p -> p.post().caption())
              .orElse(conflict.kind() == ConflictKind.DELETE ? conflict.kept().text() : "");
      result.add(itemOf(conflict, mine, brand, caption));
    }
    return result;
  }

  ConflictItem itemOf(PostConflict conflict, ClientId mine, Brand brand, String caption) {
    String brandName = brand == null ? "Unknown brand" : brand.name();
    String brandColor = brand == null ? "#8B949E" : brand.color();
    String snippet = caption.isBlank() ? "(no caption)" : Snippets.of(caption, 80);
    ConflictSide kept = conflict.kept();
    ConflictSide incoming = conflict.incoming();
    boolean keptMine = mine.equals(kept.clientId());
    boolean incomingMine = mine.equals(incoming.clientId());

    if (conflict.kind() == ConflictKind.DELETE) {
      ConflictItem.Side edit =
          new ConflictItem.Side(
              whoOf(kept, mine), whenOf(kept), kept.text(), "Keep post", keptMine, true, "Edited");
      ConflictItem.Side deletion =
          new ConflictItem.Side(
              whoOf(incoming, mine),
              whenOf(incoming),
              "",
              "Delete post",
              incomingMine,
              false,
              "Deleted");
      String explanation =
          deletedSentence(incoming, mine)
              + " "
              + editedSentence(kept, mine)
              + " The post stays until you choose.";
      return new ConflictItem(
          conflict.id(),
          conflict.postId(),
          ConflictKind.DELETE,
          conflict.field(),
          brandName,
          brandColor,
          snippet,
          "Deleted and edited",
          "Deleted on one computer, edited on another",
          explanation,
          edit,
          deletion,
          kept.text());
    }

    // A text conflict: this computer's side first when there is one.
    ConflictSide first = incomingMine && !keptMine ? incoming : kept;
    ConflictSide second = first == kept ? incoming : kept;
    boolean firstMine = mine.equals(first.clientId());
    String[] labels =
        firstMine ? new String[] {"Keep mine", "Keep theirs"} : labelsByName(first, second);
    String label = TextField.label(conflict.field());
    ConflictItem.Side left =
        new ConflictItem.Side(
            whoOf(first, mine),
            whenOf(first),
            first.text(),
            labels[0],
            firstMine,
            first == kept,
            first == kept ? "On the post now" : "Not applied");
    ConflictItem.Side right =
        new ConflictItem.Side(
            whoOf(second, mine),
            whenOf(second),
            second.text(),
            labels[1],
            mine.equals(second.clientId()),
            second == kept,
            second == kept ? "On the post now" : "Not applied");
    return new ConflictItem(
        conflict.id(),
        conflict.postId(),
        ConflictKind.TEXT,
        conflict.field(),
        brandName,
        brandColor,
        snippet,
        capitalize(label),
        "The " + label + " was changed in two places",
        textExplanation(first, second, mine),
        left,
        right,
        kept.text());
  }

  private String textExplanation(ConflictSide a, ConflictSide b, ClientId mine) {
    String who;
    boolean aYou = isMe(a, mine);
    boolean bYou = isMe(b, mine);
    if (aYou && bYou) {
      who = "You changed it on two computers";
    } else if (aYou || bYou) {
      who = "You and " + nameOf(aYou ? b : a) + " changed it";
    } else if (sameName(a, b)) {
      who = nameOf(a) + " changed it on two computers";
    } else {
      who = nameOf(a) + " and " + nameOf(b) + " changed it";
    }
    return who + " at about the same time. Keep one text, or edit a merged one.";
  }

  /** "You, on this computer", "You, on another computer", or the person's name. */
  String whoOf(ConflictSide side, ClientId mine) {
    if (mine.equals(side.clientId())) {
      return "You, on this computer";
    }
    if (me != null && me.equals(side.userId())) {
      return "You, on another computer";
    }
    return nameOf(side);
  }

  private boolean isMe(ConflictSide side, ClientId mine) {
    return mine.equals(side.clientId()) || (me != null && me.equals(side.userId()));
  }

  private String deletedSentence(ConflictSide side, ClientId mine) {
    if (mine.equals(side.clientId())) {
      return "You deleted this post on this computer " + sentenceWhen(side) + ".";
    }
    if (me != null && me.equals(side.userId())) {
      return "You deleted this post on another computer " + sentenceWhen(side) + ".";
    }
    return nameOf(side) + " deleted this post " + sentenceWhen(side) + ".";
  }

  private String editedSentence(ConflictSide side, ClientId mine) {
    if (mine.equals(side.clientId())) {
      return "You edited it on this computer " + sentenceWhen(side) + ".";
    }
    if (me != null && me.equals(side.userId())) {
      return "You edited it on another computer " + sentenceWhen(side) + ".";
    }
    return nameOf(side) + " edited it " + sentenceWhen(side) + ".";
  }

  /** Button labels when neither side is this computer: by first name, else full name, else age. */
  private String[] labelsByName(ConflictSide a, ConflictSide b) {
    boolean aMe = me != null && me.equals(a.userId());
    boolean bMe = me != null && me.equals(b.userId());
    if (aMe != bMe) {
      return new String[] {
        aMe ? "Keep yours" : "Keep " + possessive(firstName(a)),
        bMe ? "Keep yours" : "Keep " + possessive(firstName(b))
      };
    }
    if (!a.userName().isBlank() && !b.userName().isBlank() && !aMe) {
      String fa = firstName(a);
      String fb = firstName(b);
      if (!fa.equalsIgnoreCase(fb)) {
        return new String[] {"Keep " + possessive(fa), "Keep " + possessive(fb)};
      }
      if (!sameName(a, b)) {
        return new String[] {
          "Keep " + possessive(a.userName().strip()), "Keep " + possessive(b.userName().strip())
        };
      }
    }
    if (!a.at().equals(b.at())) {
      boolean aEarlier = a.at().isBefore(b.at());
      return new String[] {
        aEarlier ? "Keep the earlier text" : "Keep the later text",
        aEarlier ? "Keep the later text" : "Keep the earlier text"
      };
    }
    return new String[] {"Keep this text", "Keep the other text"};
  }

  private static boolean sameName(ConflictSide a, ConflictSide b) {
    return a.userName().strip().equalsIgnoreCase(b.userName().strip());
  }

  private static String nameOf(ConflictSide side) {
    return side.userName().isBlank() ? "Someone" : side.userName().strip();
  }

  private static String firstName(ConflictSide side) {
    String name = nameOf(side);
    int space = name.indexOf(' ');
    return space > 0 ? name.substring(0, space) : name;
  }

  static String possessive(String name) {
    return name + "'s";
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** For a side's heading: "Today, 09:12", "Yesterday, 18:05", "Tue 14 Apr, 09:12". */
  String whenOf(ConflictSide side) {
    ZonedDateTime at = side.at().atZone(userZone);
    LocalDate today = LocalDate.now(clock.withZone(userZone));
    LocalDate day = at.toLocalDate();
    String time = TIME.format(at);
    if (day.equals(today)) {
      return "Today, " + time;
    }
    if (day.equals(today.minusDays(1))) {
      return "Yesterday, " + time;
    }
    return (day.getYear() == today.getYear() ? DAY.format(at) : DATE.format(at)) + ", " + time;
  }

  /** For a sentence: "today at 09:12", "on Tue 14 Apr at 09:12". */
  String sentenceWhen(ConflictSide side) {
    ZonedDateTime at = side.at().atZone(userZone);
    LocalDate today = LocalDate.now(clock.withZone(userZone));
    LocalDate day = at.toLocalDate();
    String time = TIME.format(at);
    if (day.equals(today)) {
      return "today at " + time;
    }
    if (day.equals(today.minusDays(1))) {
      return "yesterday at " + time;
    }
    return "on "
        + (day.getYear() == today.getYear() ? DAY.format(at) : DATE.format(at))
        + " at "
        + time;
  }
}
