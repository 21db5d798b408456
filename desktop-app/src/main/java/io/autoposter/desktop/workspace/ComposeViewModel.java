package io.autoposter.desktop.workspace;

import io.autoposter.desktop.accounts.AccountHealthBook;
import io.autoposter.desktop.storage.FailedUpload;
import io.autoposter.desktop.storage.LocalPost;
import io.autoposter.desktop.storage.LocalStore;
import io.autoposter.desktop.storage.PendingUpload;
import io.autoposter.desktop.ui.Debouncer;
import io.autoposter.desktop.ui.Sizes;
import io.autoposter.desktop.ui.Snippets;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.MediaRef;
import io.autoposter.model.Network;
import io.autoposter.model.Post;
import io.autoposter.model.PostId;
import io.autoposter.model.PostStatus;
import io.autoposter.model.SocialAccountId;
import io.autoposter.model.rules.CaptionLength;
import io.autoposter.model.rules.CaptionRules;
import io.autoposter.model.rules.Finding;
import io.autoposter.model.sync.PostPatch;
import java.io.IOException;
import java.nio.file.Path;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The compose form, for a new post or an existing one: caption with per-network counters and
 * findings, first comment, networks, a due time entered as the BRAND's wall clock (with the user's
 * own time shown beside it), tags and media.
 *
 * <p>An existing post is loaded with {@link #load}; what the user types is never overwritten by a
 * sync: {@link #serverUpdated} reloads the form only while it holds no unsaved changes, and
 * otherwise shows a notice. Saving applies just the fields the user changed to the newest local
 * copy of the post, so a change that arrived meanwhile is kept.
 */
public final class ComposeViewModel {

  static final DateTimeFormatter TIME_INPUT = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT);
  static final DateTimeFormatter TIME_OUTPUT = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  static final DateTimeFormatter LOCAL_HINT =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
  private static final String EMPTY_CODE = "CAPTION_EMPTY";
  private static final PostId PROBE_POST = PostId.random();
  private static final BrandId PROBE_BRAND = BrandId.random();

  // ---- Form ----
  private final StringProperty caption = new SimpleStringProperty("");
  private final StringProperty firstComment = new SimpleStringProperty("");
  private final Map<Network, BooleanProperty> networks = new EnumMap<>(Network.class);
  private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
  private final StringProperty dueTime = new SimpleStringProperty("09:00");
  private final ObservableList<String> tags = FXCollections.observableArrayList();
  private final PublishResults results = new PublishResults();
  // The quota check reads the brand's posts near the due time in the background, only when the
  // brand, networks or due time change (never per keystroke); its findings are kept here.
  private QuotaCheck quotaAsked;
  private List<Finding> quotaFindings = List.of();

  private record QuotaCheck(BrandId brand, Set<Network> networks, Instant due, PostId self) {}

  private final StringProperty tagInput = new SimpleStringProperty("");
  private final ObservableList<MediaItem> media = FXCollections.observableArrayList();
  private final CaptionVariants variants = new CaptionVariants(caption);
  private final MediaEditing mediaEditing = new MediaEditing();
  private final ComposeUndo undo;

  // ---- Derived ----
  private final ObservableList<Finding> findings = FXCollections.observableArrayList();
  private final ObservableList<NetworkCounter> counters = FXCollections.observableArrayList();
  // One wrapper each: a wrapper holds its listeners weakly, so a fresh one per call would lose
  // them.
  private final ObservableList<Finding> findingsView =
      FXCollections.unmodifiableObservableList(findings);
  private final ObservableList<NetworkCounter> countersView =
      FXCollections.unmodifiableObservableList(counters);
  private final ObservableList<String> tagsView = FXCollections.unmodifiableObservableList(tags);
  private final ObservableList<MediaItem> mediaView =
      FXCollections.unmodifiableObservableList(media);
  private final ReadOnlyStringWrapper zoneText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper localTimeText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper blockedReason = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper firstCommentCount = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper firstCommentTooLong = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper tagError = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper mediaError = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper mediaSummary = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper attaching = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canSchedule = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canSaveDraft = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canDelete = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canAttach = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<PostId> editing = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<PostStatus> editingStatus = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("New post");
  private final ReadOnlyStringWrapper scheduleText = new ReadOnlyStringWrapper("Schedule");
  private final ReadOnlyStringWrapper draftText = new ReadOnlyStringWrapper("Save draft");
  private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper readOnlyNote = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper serverNotice = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper canShowLatest = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyIntegerWrapper openConflicts = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyStringWrapper conflictNote = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper syncNote = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Post> previewPost = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper dueQuestion = new ReadOnlyStringWrapper("");
  private final ObservableList<WallClock.Option> dueOptions = FXCollections.observableArrayList();
  private final ObjectProperty<Instant> dueChoice = new SimpleObjectProperty<>();

  private final ReadOnlyObjectProperty<Brand> brand;
  private final LocalStore store;
  private final Runnable onLocalChange;
  private final TaskExecutor tasks;
  private final Clock clock;
  private final ZoneId userZone;
  private final Consumer<LocalPost> onSaved;
  private final Runnable onDeleted;
  private final AccountHealthBook accountHealth;
  private final Runnable healthListener = this::healthChanged;

  /** The post as loaded (or last saved) into the form; null for a new post. */
  private Post baseline;

  /** A newer copy that arrived while the form held unsaved changes; null when there is none. */
  private LocalPost latest;

  /** File names of media attached in this session, by SHA-256. */
  private final Map<String, String> fileNames = new HashMap<>();

  /** Bytes already uploaded, for each media still waiting for or in its upload. */
  private Map<String, Long> uploads = Map.of();

  /** Why the server refused a media item, for each one it refused. */
  private Map<String, String> refused = Map.of();

  /** Local copies of media, for thumbnails. */
  private final Map<String, Path> files = new HashMap<>();

  /** Waits for a pause in typing before saving a draft; null until autosave is enabled. */
  private Debouncer autosave;

  private boolean autosaving;

  private final AddToQueue addToQueue;

  public ComposeViewModel(
      ReadOnlyObjectProperty<Brand> brand,
      LocalStore store,
      Runnable onLocalChange,
      TaskExecutor tasks,
      Clock clock,
      ZoneId userZone,
      Consumer<LocalPost> onSaved,
      Runnable onDeleted) {
    this(
        brand,
        store,
        onLocalChange,
        tasks,
        clock,
        userZone,
        onSaved,
        onDeleted,
        AccountHealthBook.inMemory());
  }

  /**
   * @param accountHealth the accounts' last known token health, which the findings flag a broken
   *     account or one whose access ends before the post is due from
   */
  public ComposeViewModel(
      ReadOnlyObjectProperty<Brand> brand,
      LocalStore store,
      Runnable onLocalChange,
      TaskExecutor tasks,
      Clock clock,
      ZoneId userZone,
      Consumer<LocalPost> onSaved,
      Runnable onDeleted,
      AccountHealthBook accountHealth) {
    this.accountHealth = Objects.requireNonNull(accountHealth, "accountHealth");
    this.brand = Objects.requireNonNull(brand, "brand");
    this.store = Objects.requireNonNull(store, "store");
    this.onLocalChange = Objects.requireNonNull(onLocalChange, "onLocalChange");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.userZone = Objects.requireNonNull(userZone, "userZone");
    this.onSaved = Objects.requireNonNull(onSaved, "onSaved");
    this.onDeleted = Objects.requireNonNull(onDeleted, "onDeleted");
    List<Observable> inputs =
        new ArrayList<>(
            List.of(
                caption,
                firstComment,
                dueDate,
                dueTime,
                brand,
                busy,
                tags,
                tagInput,
                media,
                variants.overrides(),
                mediaEditing.altTexts(),
                dueChoice));
    for (Network network : Network.values()) {
      BooleanProperty chosen = new SimpleBooleanProperty(network == Network.SANDBOX);
      networks.put(network, chosen);
      inputs.add(chosen);
      // Editing the own caption of a network that is no longer chosen would be editing nothing.
      chosen.addListener(
          (obs, was, now) -> {
            if (!now && variants.scopeProperty().get() == network) {
              variants.scopeProperty().set(null);
            }
          });
    }
    resetDate();
    inputs.forEach(o -> o.addListener(ignored -> recompute()));
    dirty.addListener((obs, was, now) -> scheduleAutosave());
    variants.editorTextProperty().addListener((obs, was, now) -> scheduleAutosave());
    brand.addListener((obs, old, now) -> brandChanged(now));
    undo =
        new ComposeUndo(
            caption,
            variants,
            firstComment,
            networks,
            media,
            mediaEditing,
            tags,
            dueDate,
            dueTime,
            dueChoice,
            this::itemOf,
            clock);
    recompute();
    addToQueue = new AddToQueue(this, store, tasks, clock);
    accountHealth.addListener(healthListener);
  }

  /** A new answer from the server, heard on whatever thread recorded it. */
  private void healthChanged() {
    tasks.onUi(this::recompute);
  }

  /** Stops listening to the accounts' health; call when the composer goes away. */
  public void dispose() {
    accountHealth.removeListener(healthListener);
  }

  /** "Add to queue": the brand's next free posting slot. */
  public AddToQueue addToQueue() {
    return addToQueue;
  }

  // ---- Form properties ----

  public StringProperty captionProperty() {
    return caption;
  }

  /**
   * What the caption editor shows: the main caption, or the own caption of the network in {@link
   * #captionScopeProperty()}.
   */
  public StringProperty editorTextProperty() {
    return variants.editorTextProperty();
  }

  /** Null while the main caption is edited, else the network whose own caption is edited. */
  public ObjectProperty<Network> captionScopeProperty() {
    return variants.scopeProperty();
  }

  /** Says what the caption editor is editing, such as "X gets its own caption." */
  public ReadOnlyStringProperty captionScopeHintProperty() {
    return variants.scopeHintProperty();
  }

  /** The networks with their own caption; observable so the view can mark them. */
  public javafx.collections.ObservableMap<Network, String> ownCaptions() {
    return variants.overrides();
  }

  /**
   * The form as a post, as it stands (every network's caption, first comment, media): what the
   * previews draw. Null while the form cannot make one (no network chosen).
   */
  public ReadOnlyObjectProperty<Post> previewPostProperty() {
    return previewPost.getReadOnlyProperty();
  }

  /** The brand the form is for: the open post's, or the selected one for a new post. */
  public Brand previewBrand() {
    return brand.get();
  }

  /** Shows {@code text} in the composer's message line (not an error). */
  public void showNotice(String text) {
    message.set(text);
    messageIsError.set(false);
  }

  /** Gives {@code network} the main caption again. */
  public void useMainCaption(Network network) {
    if (!readOnly.get()) {
      variants.reset(network);
    }
  }

  public StringProperty firstCommentProperty() {
    return firstComment;
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

  /** The post's tags, normalized and sorted. */
  /** What publishing did with the post on screen, per social account. */
  public PublishResults results() {
    return results;
  }

  public ObservableList<String> tags() {
    return tagsView;
  }

  /** What the user is typing into the tag field; commas and Enter turn it into tags. */
  public StringProperty tagInputProperty() {
    return tagInput;
  }

  /** The attached pictures and videos, in posting order. */
  public ObservableList<MediaItem> media() {
    return mediaView;
  }

  /** Alt texts, crop shapes and the undo history of the form. */
  MediaEditing mediaEditing() {
    return mediaEditing;
  }

  /** The alt text editor for {@code item}, limited by the chosen networks. */
  AltTextViewModel altTextEditor(MediaItem item) {
    return new AltTextViewModel(
        item.ref(),
        mediaEditing.altText(item.ref()),
        MediaEditing.limit(chosenNetworks()),
        text -> {
          if (!readOnly.get()) {
            mediaEditing.setAltText(item.ref(), text);
          }
        });
  }

  /**
   * The crop dialog for {@code item}; empty for videos and for pictures whose bytes or size this
   * computer does not have.
   */
  Optional<CropViewModel> cropEditor(MediaItem item) {
    MediaRef ref = item.ref();
    if (readOnly.get() || item.isVideo() || item.localFile() == null || ref.width() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new CropViewModel(
            ref,
            item.localFile(),
            MediaEditing.cropPresets(chosenNetworks()),
            store,
            tasks,
            crop -> replaceMedia(item, crop)));
  }

  /** The media library of the form's brand; empty while there is no brand. */
  Optional<MediaLibraryViewModel> mediaLibrary() {
    BrandId brandId =
        baseline != null ? baseline.brandId() : brand.get() == null ? null : brand.get().id();
    return brandId == null
        ? Optional.empty()
        : Optional.of(
            new MediaLibraryViewModel(brandId, store, tasks, userZone, this::attachKnown));
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return undo.canUndoProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return undo.canRedoProperty();
  }

  /** Puts the form back as it was before the last change (typing bursts are one change). */
  public void undo() {
    if (!readOnly.get() && !busy.get()) {
      undo.undo();
    }
  }

  /** Puts back what the last undo took away. */
  public void redo() {
    if (!readOnly.get() && !busy.get()) {
      undo.redo();
    }
  }

  /** The next keystroke starts a new undo step (the caret moved to another field). */
  public void breakTypingBurst() {
    undo.breakBurst();
  }

  // ---- Derived properties ----

  /**
   * What stands in the way of publishing, errors first: the accounts that could not publish at the
   * due time, then the rules' findings for the chosen networks (an empty caption is not listed).
   */
  public ObservableList<Finding> findings() {
    return findingsView;
  }

  public ObservableList<NetworkCounter> counters() {
    return countersView;
  }

  /** The zone the due time is entered in, such as "Europe/Rome". */
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

  /** The outcome of the last save or delete, such as "Scheduled for Tue 14 Apr, 09:00…". */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** True when {@link #messageProperty()} reports a failure. */
  public ReadOnlyBooleanProperty messageIsErrorProperty() {
    return messageIsError.getReadOnlyProperty();
  }

  /** "120 / 2,200". */
  public ReadOnlyStringProperty firstCommentCountProperty() {
    return firstCommentCount.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty firstCommentTooLongProperty() {
    return firstCommentTooLong.getReadOnlyProperty();
  }

  /** Why the last tag input was not taken, or empty. */
  public ReadOnlyStringProperty tagErrorProperty() {
    return tagError.getReadOnlyProperty();
  }

  /** Why the last file could not be attached, or empty. */
  public ReadOnlyStringProperty mediaErrorProperty() {
    return mediaError.getReadOnlyProperty();
  }

  /** "No media yet", "2 of 20 · 4.1 MB". */
  public ReadOnlyStringProperty mediaSummaryProperty() {
    return mediaSummary.getReadOnlyProperty();
  }

  /** True while a file is being read and copied in. */
  public ReadOnlyBooleanProperty attachingProperty() {
    return attaching.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canAttachProperty() {
    return canAttach.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canScheduleProperty() {
    return canSchedule.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canSaveDraftProperty() {
    return canSaveDraft.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canDeleteProperty() {
    return canDelete.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** True when the form holds something the user typed and has not saved. */
  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }

  public boolean hasUnsavedChanges() {
    return dirty.get();
  }

  /** The post being edited, or null while composing a new one. */
  public ReadOnlyObjectProperty<PostId> editingProperty() {
    return editing.getReadOnlyProperty();
  }

  /** The brand of the post being edited, or null while composing a new one. */
  public BrandId editingBrand() {
    return baseline == null ? null : baseline.brandId();
  }

  /** The status of the post being edited, or null for a new post. */
  public ReadOnlyObjectProperty<PostStatus> editingStatusProperty() {
    return editingStatus.getReadOnlyProperty();
  }

  /** "New post", "Edit post", "Published post"… */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** The main button: "Schedule", "Save changes" or "Reschedule" (a failed or cancelled post). */
  public ReadOnlyStringProperty scheduleTextProperty() {
    return scheduleText.getReadOnlyProperty();
  }

  /** The second button: "Save draft" or "Save as draft". */
  public ReadOnlyStringProperty draftTextProperty() {
    return draftText.getReadOnlyProperty();
  }

  /** True for posts that are publishing or published: shown, not editable. */
  public ReadOnlyBooleanProperty readOnlyProperty() {
    return readOnly.getReadOnlyProperty();
  }

  /** Why the post cannot be edited, or empty. */
  public ReadOnlyStringProperty readOnlyNoteProperty() {
    return readOnlyNote.getReadOnlyProperty();
  }

  /** Says the post changed elsewhere while the user was editing it, or empty. */
  public ReadOnlyStringProperty serverNoticeProperty() {
    return serverNotice.getReadOnlyProperty();
  }

  /** True when {@link #showLatest()} can replace the form with a newer copy. */
  public ReadOnlyBooleanProperty canShowLatestProperty() {
    return canShowLatest.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty openConflictsProperty() {
    return openConflicts.getReadOnlyProperty();
  }

  /** "This post has 1 conflict to resolve.", or empty. */
  public ReadOnlyStringProperty conflictNoteProperty() {
    return conflictNote.getReadOnlyProperty();
  }

  /** Why the server did not accept the last edit, or empty. */
  public ReadOnlyStringProperty syncNoteProperty() {
    return syncNote.getReadOnlyProperty();
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

  /**
   * The due time: the date and time read as the brand's wall clock; empty if incomplete, or while
   * the time is one the clocks skip or pass twice and the user has not chosen which is meant.
   */
  public Optional<Instant> dueInstant() {
    return wallClock()
        .flatMap(
            clock ->
                switch (clock) {
                  case WallClock.Exact exact -> Optional.of(exact.instant());
                  case WallClock.Skipped skipped -> chosen(skipped.options());
                  case WallClock.Twice twice -> chosen(twice.options());
                });
  }

  private Optional<WallClock> wallClock() {
    ZoneId zone = zone();
    Optional<LocalTime> time = parseTime(dueTime.get());
    if (zone == null || dueDate.get() == null || time.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(WallClock.of(dueDate.get(), time.get(), zone));
  }

  private Optional<Instant> chosen(List<WallClock.Option> options) {
    Instant choice = dueChoice.get();
    return options.stream()
        .map(WallClock.Option::instant)
        .filter(i -> i.equals(choice))
        .findFirst();
  }

  /**
   * Asked when the due time is one the brand's clocks skip (spring) or pass twice (autumn), such as
   * "02:30 does not exist on 29 Mar 2026 in Berlin…"; empty otherwise.
   */
  public ReadOnlyStringProperty dueQuestionProperty() {
    return dueQuestion.getReadOnlyProperty();
  }

  /** The instants the user chooses between while {@link #dueQuestionProperty()} asks. */
  public ObservableList<WallClock.Option> dueOptions() {
    return dueOptions;
  }

  /** The user's answer to {@link #dueQuestionProperty()}: one of the options' instants. */
  public ObjectProperty<Instant> dueChoiceProperty() {
    return dueChoice;
  }

  /** The question the view asks before {@link #delete()}. */
  public String deleteQuestion() {
    String text = caption.get() == null ? "" : caption.get().strip();
    String snippet = Snippets.of(text, 60);
    // Right-to-left words are left out: the dialog wraps its text, which JavaFX cannot do there.
    boolean plain =
        text.isEmpty() || java.text.Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    return (plain ? "This post" : "“" + snippet + "”")
        + " will be deleted for everyone at your agency. This cannot be undone.";
  }

  // ---- Commands ----

  /**
   * Saves new posts and drafts by themselves after a pause in typing ({@code quiet} decides when),
   * as drafts, so nothing typed is lost; the form and the caret stay as they are. Scheduled posts
   * are never changed this way: their edits wait for Save.
   */
  public void enableAutosave(Debouncer quiet) {
    this.autosave = Objects.requireNonNull(quiet, "quiet");
  }

  private void scheduleAutosave() {
    if (autosave != null && autosaveAllowed()) {
      autosave.schedule(this::autosaveNow);
    }
  }

  private boolean autosaveAllowed() {
    String text = caption.get() == null ? "" : caption.get();
    boolean draftOrNew = baseline == null || baseline.status() == PostStatus.DRAFT;
    return draftOrNew
        && dirty.get()
        && !readOnly.get()
        && !text.isBlank()
        && (baseline != null || brand.get() != null)
        && !firstCommentTooLong.get();
  }

  /** Saves the form as a draft now, if it may be (what the quiet period triggers). */
  void autosaveNow() {
    if (!autosaveAllowed() || busy.get()) {
      return;
    }
    if (autosaving) {
      // One save at a time: the one running will ask again when done.
      return;
    }
    Post form;
    try {
      form = formPost(PostStatus.DRAFT, dueInstant().orElse(null));
    } catch (IllegalArgumentException cannotBeSavedYet) {
      return;
    }
    Post before = baseline;
    autosaving = true;
    tasks.run(
        () -> {
          Post target = form;
          if (before != null) {
            Optional<LocalPost> now = store.post(form.id());
            if (now.isPresent()) {
              target = PostPatch.between(before, form).applyTo(now.get().post());
            }
          }
          LocalPost saved = store.recordEdit(target);
          onLocalChange.run();
          return saved;
        },
        saved -> {
          autosaving = false;
          // The form keeps what the user typed meanwhile; only what it is compared with moves.
          baseline = saved.post();
          editing.set(saved.post().id());
          editingStatus.set(saved.post().status());
          showLocalState(saved);
          message.set(
              "Draft saved automatically at "
                  + TIME_OUTPUT.format(clock.instant().atZone(userZone).toLocalTime()));
          messageIsError.set(false);
          recompute();
          onSaved.accept(saved);
          scheduleAutosave();
        },
        failure -> {
          autosaving = false;
          message.set("Could not save the draft: " + failure.getMessage());
          messageIsError.set(true);
        });
  }

  /** Saves the form as a scheduled post (new, or the edited one). */
  public void schedule() {
    if (!canSchedule.get()) {
      return;
    }
    Instant due = dueInstant().orElseThrow();
    save(PostStatus.SCHEDULED, due);
  }

  /** Saves the form as a draft (for an edited scheduled post: takes it off the schedule). */
  public void saveDraft() {
    if (!canSaveDraft.get()) {
      return;
    }
    save(PostStatus.DRAFT, dueInstant().orElse(null));
  }

  /** Starts a new post: empties the form, keeping the chosen networks. */
  public void newPost() {
    if (autosave != null) {
      autosave.cancel();
    }
    baseline = null;
    latest = null;
    editing.set(null);
    editingStatus.set(null);
    caption.set("");
    variants.load(Map.of());
    firstComment.set("");
    tags.clear();
    tagInput.set("");
    tagError.set("");
    media.clear();
    mediaEditing.load(Map.of());
    mediaError.set("");
    resetDate();
    dueChoice.set(null);
    dueTime.set("09:00");
    serverNotice.set("");
    openConflicts.set(0);
    syncNote.set("");
    results.clear();
    recompute();
    undo.reset();
  }

  /** As {@link #newPost()}; kept for callers that think of it as clearing the form. */
  public void clear() {
    newPost();
  }

  /** Shows {@code local} in the form for editing (read-only when it is being published). */
  public void load(LocalPost local) {
    if (autosave != null) {
      autosave.cancel();
    }
    Post post = local.post();
    boolean samePost = baseline != null && baseline.id().equals(post.id());
    undo.pause();
    baseline = post;
    latest = null;
    editing.set(post.id());
    editingStatus.set(post.status());
    caption.set(post.caption());
    variants.load(post.variants());
    firstComment.set(post.firstComment());
    networks.forEach((network, on) -> on.set(post.networks().contains(network)));
    if (post.dueAt() == null) {
      dueDate.set(null);
      dueTime.set("09:00");
    } else {
      ZonedDateTime due = post.dueAt().atZone(post.zone());
      // A post due in an autumn hour that happens twice keeps the one it was scheduled for.
      dueChoice.set(post.dueAt());
      dueDate.set(due.toLocalDate());
      dueTime.set(TIME_OUTPUT.format(due.toLocalTime()));
    }
    tags.setAll(post.tags());
    tagInput.set("");
    tagError.set("");
    mediaError.set("");
    media.setAll(post.media().stream().map(this::itemOf).toList());
    mediaEditing.load(post.altTexts());
    serverNotice.set("");
    message.set("");
    showLocalState(local);
    recompute();
    refreshMedia();
    undo.resume(samePost);
  }

  /**
   * A newer local copy of the post being edited (after a sync). Replaces the form when it holds no
   * unsaved changes; otherwise keeps what the user typed and says the post changed.
   */
  public void serverUpdated(LocalPost fresh) {
    if (baseline == null || !fresh.post().id().equals(baseline.id()) || busy.get()) {
      return;
    }
    if (fresh.post().equals(baseline)) {
      showLocalState(fresh);
      recompute();
      return;
    }
    if (!dirty.get()) {
      String keep = message.get();
      boolean keepError = messageIsError.get();
      load(fresh);
      message.set(keep);
      messageIsError.set(keepError);
      return;
    }
    latest = fresh;
    showLocalState(fresh);
    serverNotice.set(
        fresh.post().status().isReadOnly()
            ? "This post started publishing while you were editing, so your changes can no"
                + " longer be saved. Copy any text you want to keep."
            : "Someone changed this post while you were editing. Your text stays as you typed it;"
                + " saving applies only what you changed.");
    recompute();
  }

  /** The post being edited is gone (deleted elsewhere). */
  public void postRemoved(PostId id) {
    if (baseline == null || !baseline.id().equals(id) || busy.get()) {
      return;
    }
    if (dirty.get()) {
      latest = null;
      serverNotice.set(
          "This post was deleted on another computer while you were editing. Save to bring it"
              + " back with your changes, or start a new post.");
      recompute();
      return;
    }
    newPost();
    message.set("The post you had open was deleted on another computer.");
    messageIsError.set(false);
  }

  /** Drops the unsaved changes and shows the newer copy that arrived while editing. */
  public void showLatest() {
    if (latest != null) {
      load(latest);
    }
  }

  /** Deletes the edited post (the view asks first). */
  public void delete() {
    if (!canDelete.get()) {
      return;
    }
    PostId id = editing.get();
    busy.set(true);
    message.set("");
    tasks.run(
        () -> {
          store.recordDelete(id);
          onLocalChange.run();
          return id;
        },
        gone -> {
          busy.set(false);
          newPost();
          message.set("Post deleted.");
          messageIsError.set(false);
          onDeleted.run();
        },
        failure -> {
          busy.set(false);
          message.set("Could not delete the post: " + failure.getMessage());
          messageIsError.set(true);
        });
  }

  /** Attaches a picture or video file: its bytes are copied into the local media store. */
  public void attach(Path file) {
    if (!canAttach.get()) {
      return;
    }
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (media.size() >= Post.MAX_MEDIA) {
      mediaError.set("A post can have at most " + Post.MAX_MEDIA + " pictures or videos.");
      return;
    }
    mediaError.set("");
    attaching.set(true);
    recompute();
    tasks.run(
        () -> store.importMedia(file),
        ref -> {
          attaching.set(false);
          fileNames.put(ref.sha256(), name);
          if (media.stream().anyMatch(m -> m.ref().sha256().equals(ref.sha256()))) {
            mediaError.set(name + " is already attached.");
            recompute();
            return;
          }
          // Imported media wait for their upload until the store says otherwise.
          Map<String, Long> waiting = new HashMap<>(uploads);
          waiting.putIfAbsent(ref.sha256(), 0L);
          uploads = waiting;
          media.add(itemOf(ref));
          refreshMedia();
        },
        failure -> {
          attaching.set(false);
          mediaError.set(attachError(name, failure));
          recompute();
        });
  }

  /** Takes a picture or video off the post (its bytes stay cached on this computer). */
  public void removeMedia(MediaItem item) {
    if (readOnly.get()) {
      return;
    }
    media.removeIf(m -> m.ref().sha256().equals(item.ref().sha256()));
    mediaError.set("");
  }

  /** Puts {@code replacement} (a crop) where {@code original} was, with its alt text. */
  void replaceMedia(MediaItem original, MediaRef replacement) {
    int at = indexOf(original.ref());
    if (readOnly.get() || at < 0 || indexOf(replacement) >= 0) {
      return;
    }
    String name = fileNames.get(original.ref().sha256());
    if (name != null) {
      fileNames.put(replacement.sha256(), name.replaceFirst("(?: \\(cropped\\))?$", " (cropped)"));
    }
    Map<String, Long> waiting = new HashMap<>(uploads);
    waiting.putIfAbsent(replacement.sha256(), 0L);
    uploads = waiting;
    undo.asOneStep(
        () -> {
          mediaEditing.carryOver(original.ref(), replacement);
          media.set(at, itemOf(replacement));
        });
    refreshMedia();
  }

  /** Attaches a picture the brand used before (from the media library), with its alt text. */
  void attachKnown(MediaRef ref, String altText) {
    if (!canAttach.get()) {
      return;
    }
    if (indexOf(ref) >= 0) {
      mediaError.set("That picture is already attached.");
      return;
    }
    mediaError.set("");
    undo.asOneStep(
        () -> {
          if (!altText.isBlank() && mediaEditing.altText(ref).isBlank()) {
            mediaEditing.setAltText(ref, altText);
          }
          media.add(itemOf(ref));
        });
    refreshMedia();
  }

  private int indexOf(MediaRef ref) {
    for (int i = 0; i < media.size(); i++) {
      if (media.get(i).ref().sha256().equals(ref.sha256())) {
        return i;
      }
    }
    return -1;
  }

  /** Turns what was typed into the tag field into tags (comma separated). */
  public void addTagsFromInput() {
    String input = tagInput.get() == null ? "" : tagInput.get();
    if (input.isBlank()) {
      tagInput.set("");
      return;
    }
    Set<String> now = new TreeSet<>(tags);
    List<String> leftOver = new ArrayList<>();
    String error = "";
    for (String part : input.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      String tag;
      try {
        tag = Post.normalizeTag(part);
      } catch (IllegalArgumentException e) {
        error = "A tag can have at most " + Post.MAX_TAG_LENGTH + " characters.";
        leftOver.add(part.strip());
        continue;
      }
      boolean known = now.stream().anyMatch(t -> t.equalsIgnoreCase(tag));
      if (known) {
        continue;
      }
      if (now.size() >= Post.MAX_TAGS) {
        error = "A post can have at most " + Post.MAX_TAGS + " tags.";
        leftOver.add(tag);
        continue;
      }
      now.add(tag);
    }
    tags.setAll(now);
    tagInput.set(String.join(", ", leftOver));
    tagError.set(error);
  }

  public void removeTag(String tag) {
    if (!readOnly.get()) {
      tags.remove(tag);
      tagError.set("");
    }
  }

  /** Re-reads the upload state of the attached media (after upload progress). */
  public void refreshMedia() {
    if (media.isEmpty()) {
      return;
    }
    List<MediaRef> refs = media.stream().map(MediaItem::ref).toList();
    tasks.run(
        () -> {
          Map<String, Long> pending = new HashMap<>();
          for (PendingUpload upload : store.pendingUploads()) {
            pending.put(upload.media().sha256(), upload.uploadedBytes());
          }
          Map<String, String> failed = new HashMap<>();
          for (FailedUpload upload : store.failedUploads()) {
            failed.put(upload.media().sha256(), upload.message());
          }
          Map<String, Path> local = new HashMap<>();
          for (MediaRef ref : refs) {
            store.mediaFile(ref.sha256()).ifPresent(p -> local.put(ref.sha256(), p));
          }
          return new MediaState(pending, failed, local);
        },
        state -> {
          uploads = state.pending();
          refused = state.failed();
          files.putAll(state.files());
          media.setAll(media.stream().map(m -> itemOf(m.ref())).toList());
        },
        failure -> {});
  }

  private record MediaState(
      Map<String, Long> pending, Map<String, String> failed, Map<String, Path> files) {}

  // ---- saving ----

  private void save(PostStatus status, Instant due) {
    addTagsFromInput();
    if (!tagError.get().isEmpty()) {
      return;
    }
    Post form;
    try {
      form = formPost(status, due);
    } catch (IllegalArgumentException e) {
      message.set("Could not save the post: " + e.getMessage());
      messageIsError.set(true);
      return;
    }
    Post before = baseline;
    busy.set(true);
    message.set("");
    Callable<LocalPost> work =
        () -> {
          Post target = form;
          if (before != null) {
            // Only what the user changed, over the newest local copy: a change that arrived
            // while they typed stays.
            Optional<LocalPost> now = store.post(form.id());
            if (now.isPresent()) {
              target = PostPatch.between(before, form).applyTo(now.get().post());
            }
          }
          LocalPost saved = store.recordEdit(target);
          onLocalChange.run();
          return saved;
        };
    tasks.run(
        work,
        saved -> {
          busy.set(false);
          String text = savedMessage(before, saved.post());
          if (before == null) {
            newPost();
          } else {
            load(saved);
          }
          message.set(text);
          messageIsError.set(false);
          onSaved.accept(saved);
        },
        failure -> {
          busy.set(false);
          message.set("Could not save the post: " + failure.getMessage());
          messageIsError.set(true);
        });
  }

  private static String savedMessage(Post before, Post saved) {
    if (saved.status() != PostStatus.SCHEDULED) {
      if (before == null) {
        return "Draft saved";
      }
      return before.status() == PostStatus.SCHEDULED
          ? "Saved as a draft — it is no longer scheduled."
          : "Draft saved";
    }
    String when = LOCAL_HINT.format(saved.dueInBrandZone()) + " (" + saved.zone().getId() + ")";
    if (before == null) {
      return "Scheduled for " + when;
    }
    return before.status() == PostStatus.SCHEDULED
        ? "Changes saved — scheduled for " + when
        : "Scheduled for " + when;
  }

  private Post formPost(PostStatus status, Instant due) {
    PostId id = baseline == null ? PostId.random() : baseline.id();
    BrandId brandId = baseline == null ? brand.get().id() : baseline.brandId();
    Set<SocialAccountId> targets = baseline == null ? Set.of() : baseline.targets();
    String outcome = baseline != null && baseline.status() == status ? baseline.outcome() : "";
    return new Post(
        id,
        brandId,
        caption.get(),
        firstComment.get(),
        variants.asMap(),
        chosenNetworks(),
        targets,
        mediaRefs(),
        mediaEditing.forPost(mediaRefs()),
        new TreeSet<>(tags),
        due,
        zone(),
        status,
        outcome);
  }

  private List<MediaRef> mediaRefs() {
    return media.stream().map(MediaItem::ref).toList();
  }

  /** The zone the due time is read in: the edited post's, else the brand's. */
  private ZoneId zone() {
    if (baseline != null) {
      return baseline.zone();
    }
    return brand.get() == null ? null : brand.get().zone();
  }

  private void resetDate() {
    ZoneId zone = brand.get() == null ? userZone : brand.get().zone();
    dueDate.set(LocalDate.now(clock.withZone(zone)).plusDays(1));
  }

  private void brandChanged(Brand now) {
    if (baseline != null && (now == null || !now.id().equals(baseline.brandId())) && !dirty.get()) {
      newPost();
    } else if (baseline == null && !dirty.get()) {
      resetDate();
    }
  }

  private void showLocalState(LocalPost local) {
    editingStatus.set(local.post().status());
    results.show(local.post());
    openConflicts.set(local.openConflicts());
    syncNote.set(
        local.syncError().isBlank()
            ? ""
            : "The server did not accept the last change: " + local.syncError());
  }

  // ---- media items ----

  private MediaItem itemOf(MediaRef ref) {
    String kind = MediaItem.kindOf(ref.contentType());
    String file = fileNames.get(ref.sha256());
    String name = file == null ? kind : file;
    String detail = file == null ? Sizes.of(ref.size()) : kind + " · " + Sizes.of(ref.size());
    Long uploaded = uploads.get(ref.sha256());
    String refusal = refused.get(ref.sha256());
    MediaItem.Upload state;
    String text;
    if (refusal != null) {
      state = MediaItem.Upload.FAILED;
      text = "Not accepted";
      if (!refusal.isBlank()) {
        detail = refusal;
      }
    } else if (uploaded != null && uploaded > 0) {
      state = MediaItem.Upload.UPLOADING;
      long percent = Math.min(99, uploaded * 100 / ref.size());
      text = "Uploading " + percent + " %";
    } else if (uploaded != null) {
      state = MediaItem.Upload.WAITING;
      text = "Waiting to upload";
    } else {
      state = MediaItem.Upload.ON_SERVER;
      text = "On the server";
    }
    return new MediaItem(ref, name, detail, state, text, files.get(ref.sha256()));
  }

  private static String attachError(String name, Throwable failure) {
    if (failure instanceof IllegalArgumentException && failure.getMessage() != null) {
      String why = failure.getMessage();
      return why.contains(name) ? why : "Can't attach " + name + ": " + why;
    }
    if (failure instanceof IOException) {
      return "Could not read " + name + ": " + failure.getMessage();
    }
    return "Could not attach " + name + ": " + failure.getMessage();
  }

  // ---- derived state ----

  private void recompute() {
    String text = caption.get() == null ? "" : caption.get();
    Set<Network> chosen = chosenNetworks();
    List<Finding> all = ruleFindings(text, chosen);
    Map<Network, String> own = variants.asMap();
    counters.setAll(
        chosen.stream()
            .map(n -> CaptionRules.measure(n, own.getOrDefault(n, text)))
            .map(ComposeViewModel::counterOf)
            .toList());

    String comment = firstComment.get() == null ? "" : firstComment.get();
    int commentLength = comment.codePointCount(0, comment.length());
    boolean commentTooLong = commentLength > Post.MAX_FIRST_COMMENT_CODE_POINTS;
    firstCommentCount.set("%,d / %,d".formatted(commentLength, Post.MAX_FIRST_COMMENT_CODE_POINTS));
    firstCommentTooLong.set(commentTooLong);

    long bytes = media.stream().mapToLong(m -> m.ref().size()).sum();
    mediaSummary.set(
        media.isEmpty()
            ? "No pictures or videos yet"
            : media.size() + " of " + Post.MAX_MEDIA + " · " + Sizes.of(bytes));

    ZoneId zone = zone();
    zoneText.set(zone == null ? "" : zone.getId());
    showDueQuestion();
    Optional<Instant> due = dueInstant();
    localTimeText.set(due.map(this::localHint).orElse(""));
    List<Finding> accounts = accountFindings(chosen, due.orElse(null));
    askQuota(chosen, due.orElse(null));
    List<Finding> shown = new ArrayList<>(accounts);
    shown.addAll(quotaFindings);
    all.stream().filter(f -> !f.code().equals(EMPTY_CODE)).forEach(shown::add);
    findings.setAll(shown);

    boolean isDirty = computeDirty();
    dirty.set(isDirty);
    boolean locked =
        (baseline != null && baseline.status().isReadOnly())
            || (latest != null && latest.post().status().isReadOnly());
    readOnly.set(locked);
    PostStatus status = editingStatus.get();
    readOnlyNote.set(
        locked ? readOnlyNoteOf(latest == null ? status : latest.post().status()) : "");
    canShowLatest.set(latest != null);
    conflictNote.set(
        switch (openConflicts.get()) {
          case 0 -> "";
          case 1 -> "This post has a conflict to resolve.";
          default -> "This post has " + openConflicts.get() + " conflicts to resolve.";
        });

    title.set(titleOf(status));
    scheduleText.set(
        status == null || status == PostStatus.DRAFT
            ? "Schedule"
            : status == PostStatus.SCHEDULED ? "Save changes" : "Reschedule");
    draftText.set(status == null || status == PostStatus.DRAFT ? "Save draft" : "Save as draft");

    Brand current = brand.get();
    boolean hasBrand = current != null || baseline != null;
    String reason = "";
    if (locked) {
      reason = "";
    } else if (!hasBrand) {
      reason = "Choose a brand first.";
    } else if (chosen.isEmpty()) {
      reason = "Choose at least one network.";
    } else if (text.isBlank()) {
      reason = "Write a caption to schedule the post.";
    } else if (all.stream().anyMatch(Finding::blocksScheduling)) {
      reason = "Fix what is marked in red first.";
    } else if (accounts.stream().anyMatch(Finding::blocksScheduling)) {
      reason =
          accounts.stream().filter(Finding::blocksScheduling).count() == 1
              ? "Reconnect the account in Accounts first, or leave its network out."
              : "Reconnect the accounts in Accounts first, or leave their networks out.";
    } else if (quotaFindings.stream().anyMatch(Finding::blocksScheduling)) {
      reason = "Pick another time: the posting limit is reached then.";
    } else if (commentTooLong) {
      reason =
          "Shorten the first comment to "
              + "%,d".formatted(Post.MAX_FIRST_COMMENT_CODE_POINTS)
              + " characters.";
    } else if (parseTime(dueTime.get()).isEmpty()) {
      reason = "Enter the time as hours and minutes, such as 09:30.";
    } else if (due.isEmpty() && !dueQuestion.get().isEmpty()) {
      reason = "Choose which time you mean: the clocks change that night.";
    } else if (due.isEmpty()) {
      reason = "Pick a date.";
    } else if (!due.get().isAfter(clock.instant())) {
      reason = "Pick a time in the future.";
    }
    blockedReason.set(reason);
    boolean idle = !busy.get() && !attaching.get();
    boolean unchangedScheduled =
        baseline != null && !isDirty && baseline.status() == PostStatus.SCHEDULED;
    canSchedule.set(reason.isEmpty() && !locked && idle && !unchangedScheduled);
    boolean unchangedDraft = baseline != null && !isDirty && baseline.status() == PostStatus.DRAFT;
    canSaveDraft.set(
        hasBrand && !locked && idle && !text.isBlank() && !commentTooLong && !unchangedDraft);
    canDelete.set(baseline != null && !locked && idle);
    canAttach.set(hasBrand && !locked && idle && media.size() < Post.MAX_MEDIA);
  }

  /**
   * What the shared rules engine says of the form as it stands: every network's caption (its own or
   * the main one), the first comment and the media, just as the server will check it.
   */
  private List<Finding> ruleFindings(String text, Set<Network> chosen) {
    if (chosen.isEmpty()) {
      previewPost.set(null);
      return List.of();
    }
    Post probe;
    try {
      probe =
          new Post(
              PROBE_POST,
              PROBE_BRAND,
              text,
              firstComment.get(),
              variants.asMap(),
              chosen,
              Set.of(),
              mediaRefs(),
              mediaEditing.forPost(mediaRefs()),
              Set.of(),
              null,
              ZoneId.of("UTC"),
              PostStatus.DRAFT,
              "");
    } catch (IllegalArgumentException beyondWhatAPostHolds) {
      // Past the record's own hard limits (tens of thousands of characters): the caption rules
      // alone still say what is wrong.
      previewPost.set(null);
      return CaptionRules.check(text, chosen);
    }
    previewPost.set(probe);
    return io.autoposter.model.rules.PostRules.check(probe);
  }

  /**
   * The brand's accounts on the chosen networks that could not publish at {@code due}, from memory
   * (never the database or the network: this runs on every keystroke). A published post or one
   * being published is past asking.
   */
  private List<Finding> accountFindings(Set<Network> chosen, Instant due) {
    if (baseline != null && baseline.status().isReadOnly()) {
      return List.of();
    }
    BrandId brandId =
        baseline != null ? baseline.brandId() : brand.get() == null ? null : brand.get().id();
    if (brandId == null || chosen.isEmpty()) {
      return List.of();
    }
    return AccountFindings.of(
        accountHealth.of(brandId), chosen, due, zone(), accountHealth.fetchedAt().isPresent());
  }

  /**
   * Checks the posting quotas when what they depend on changed: reads the brand's posts due near
   * {@code due} off the UI thread, then shows what {@link QuotaFindings} says.
   */
  private void askQuota(Set<Network> chosen, Instant due) {
    BrandId brandId =
        baseline != null ? baseline.brandId() : brand.get() == null ? null : brand.get().id();
    Set<Network> limited =
        chosen.stream()
            .filter(n -> io.autoposter.model.quota.PostingQuota.defaultFor(n).isPresent())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    boolean past = baseline != null && baseline.status().isReadOnly();
    QuotaCheck check =
        brandId == null || due == null || limited.isEmpty() || past
            ? null
            : new QuotaCheck(brandId, limited, due, baseline == null ? null : baseline.id());
    if (java.util.Objects.equals(check, quotaAsked)) {
      return;
    }
    quotaAsked = check;
    if (check == null) {
      quotaFindings = List.of();
      return;
    }
    ZoneId zone = zone();
    tasks.run(
        () ->
            QuotaFindings.of(
                check.networks(),
                check.due(),
                zone,
                store
                    .postsDueBetween(
                        check.brand(),
                        check.due().minus(QuotaFindings.REACH),
                        check.due().plus(QuotaFindings.REACH))
                    .stream()
                    .map(LocalPost::post)
                    .toList(),
                check.self()),
        found -> {
          if (check.equals(quotaAsked)) {
            quotaFindings = found;
            recompute();
          }
        },
        failure -> {
          // The server checks the quota anyway when the post is pushed; nothing is lost here.
        });
  }

  /** Keeps the question and its options in step with the date and time typed. */
  private void showDueQuestion() {
    Optional<WallClock> clock = wallClock();
    String question = "";
    List<WallClock.Option> options = List.of();
    if (clock.isPresent() && clock.get() instanceof WallClock.Skipped skipped) {
      question = skipped.question();
      options = skipped.options();
    } else if (clock.isPresent() && clock.get() instanceof WallClock.Twice twice) {
      question = twice.question();
      options = twice.options();
    }
    if (!options.equals(dueOptions)) {
      dueOptions.setAll(options);
    }
    dueQuestion.set(question);
  }

  private boolean computeDirty() {
    String text = caption.get() == null ? "" : caption.get();
    String comment = firstComment.get() == null ? "" : firstComment.get();
    boolean typingTag = tagInput.get() != null && !tagInput.get().isBlank();
    if (baseline == null) {
      return !text.isBlank()
          || !variants.asMap().isEmpty()
          || !comment.isBlank()
          || !tags.isEmpty()
          || !media.isEmpty()
          || typingTag;
    }
    return !text.equals(baseline.caption())
        || !variants.asMap().equals(baseline.variants())
        || !comment.equals(baseline.firstComment())
        || !chosenNetworks().equals(baseline.networks())
        || !Objects.equals(dueInstant().orElse(null), baseline.dueAt())
        || !new TreeSet<>(tags).equals(new TreeSet<>(baseline.tags()))
        || !mediaRefs().equals(baseline.media())
        || !mediaEditing.forPost(mediaRefs()).equals(baseline.altTexts())
        || typingTag;
  }

  private static String titleOf(PostStatus status) {
    if (status == null) {
      return "New post";
    }
    return switch (status) {
      case PUBLISHING -> "Post being published";
      case PUBLISHED -> "Published post";
      default -> "Edit post";
    };
  }

  private static String readOnlyNoteOf(PostStatus status) {
    return status == PostStatus.PUBLISHING
        ? "This post is being published right now, so it can no longer be changed."
        : "This post has been published, so it can no longer be changed. Use “New post” to"
            + " write another.";
  }

  private String localHint(Instant due) {
    ZonedDateTime mine = due.atZone(userZone);
    ZoneId zone = zone();
    if (zone != null && zone.getRules().equals(userZone.getRules())) {
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
