package io.autoposter.desktop.brands;

import io.autoposter.desktop.sync.BrandAdmin;
import io.autoposter.desktop.ui.RemoteState;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import io.autoposter.model.BrandId;
import io.autoposter.model.HashtagGroup;
import io.autoposter.model.PostingSlot;
import io.autoposter.model.api.CreateBrandRequest;
import io.autoposter.model.api.UpdateBrandRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * State and commands of the Brands screen. Everyone sees the list; owners and admins ({@code
 * canEdit}) create, change and delete brands. Each change asks for a sync so the local copy and the
 * brand switcher follow.
 */
public final class BrandsViewModel {

  static final long MAX_LOGO_BYTES = 512 * 1024;
  private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

  // ---- Properties ----
  private final ObservableList<Brand> brands = FXCollections.observableArrayList();
  private final ObservableMap<BrandId, byte[]> logos = FXCollections.observableHashMap();
  private final BooleanProperty formOpen = new SimpleBooleanProperty(false);
  private final ObjectProperty<Brand> editing = new SimpleObjectProperty<>();
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty zone = new SimpleStringProperty("");
  private final StringProperty color = new SimpleStringProperty("#4F46E5");
  private final ObjectProperty<Path> logoFile = new SimpleObjectProperty<>();
  private final ObservableValue<Boolean> hasLogo =
      editing.map(b -> b.logoSha256() != null).orElse(false);
  private final RemoteState remote;
  private final BrandScheduleEditor schedule = new BrandScheduleEditor();

  private final BrandAdmin admin;
  private final boolean canEdit;
  private final Runnable afterChange;
  private final Map<String, byte[]> logoCache = new HashMap<>();

  public BrandsViewModel(
      BrandAdmin admin, boolean canEdit, TaskExecutor tasks, Runnable afterChange) {
    this.admin = Objects.requireNonNull(admin, "admin");
    this.canEdit = canEdit;
    this.afterChange = Objects.requireNonNull(afterChange, "afterChange");
    this.remote = new RemoteState(tasks);
  }

  public ObservableList<Brand> brands() {
    return brands;
  }

  /** Logo bytes by brand, for those that have one. */
  public ObservableMap<BrandId, byte[]> logos() {
    return logos;
  }

  public RemoteState remote() {
    return remote;
  }

  /** The posting slots and hashtag groups of the brand in the form. */
  public BrandScheduleEditor schedule() {
    return schedule;
  }

  public boolean canEdit() {
    return canEdit;
  }

  public List<String> zones() {
    return ZONES;
  }

  public BooleanProperty formOpenProperty() {
    return formOpen;
  }

  /** The brand being edited; null while creating a new one. */
  public ObjectProperty<Brand> editingProperty() {
    return editing;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty zoneProperty() {
    return zone;
  }

  /** {@code #RRGGBB}. */
  public StringProperty colorProperty() {
    return color;
  }

  /** A PNG or JPEG chosen to upload on save. */
  public ObjectProperty<Path> logoFileProperty() {
    return logoFile;
  }

  // ---- Commands ----

  private record Loaded(List<Brand> brands, Map<BrandId, byte[]> logos) {}

  public void load() {
    remote.load(
        () -> {
          List<Brand> list = admin.brands();
          Map<BrandId, byte[]> found = new HashMap<>();
          for (Brand brand : list) {
            if (brand.logoSha256() != null) {
              byte[] bytes = logoCache.get(brand.logoSha256());
              if (bytes == null) {
                bytes = admin.logo(brand.id());
                logoCache.put(brand.logoSha256(), bytes);
              }
              found.put(brand.id(), bytes);
            }
          }
          return new Loaded(list, found);
        },
        loaded -> {
          brands.setAll(
              loaded.brands().stream()
                  .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                  .toList());
          logos.clear();
          logos.putAll(loaded.logos());
        });
  }

  public void newBrand() {
    editing.set(null);
    name.set("");
    zone.set(ZoneId.systemDefault().getId());
    color.set("#4F46E5");
    logoFile.set(null);
    schedule.load(null);
    formOpen.set(canEdit);
  }

  public void edit(Brand brand) {
    editing.set(brand);
    name.set(brand.name());
    zone.set(brand.zone().getId());
    color.set(brand.color());
    logoFile.set(null);
    schedule.load(brand);
    formOpen.set(canEdit);
  }

  public void closeForm() {
    formOpen.set(false);
  }

  /** Creates or updates the brand, then uploads the chosen logo. */
  public void save() {
    String brandName = name.get().strip();
    if (brandName.isEmpty() || brandName.length() > Brand.MAX_NAME_LENGTH) {
      remote.showError("Give the brand a name of 1 to " + Brand.MAX_NAME_LENGTH + " characters.");
      return;
    }
    if (!ZONES.contains(zone.get())) {
      remote.showError("Choose a time zone from the list, such as Europe/Berlin.");
      return;
    }
    List<PostingSlot> slots = schedule.postingSlots();
    List<HashtagGroup> groups;
    try {
      groups = schedule.hashtagGroups();
    } catch (IllegalArgumentException e) {
      remote.showError(e.getMessage());
      return;
    }
    Brand current = editing.get();
    String zoneId = zone.get();
    String hex = color.get().toUpperCase(Locale.ROOT);
    Path logo = logoFile.get();
    remote.call(
        () -> {
          Brand saved;
          if (current == null) {
            saved = admin.create(new CreateBrandRequest(brandName, zoneId, hex));
            if (!slots.isEmpty() || !groups.isEmpty()) {
              saved = admin.update(saved.id(), UpdateBrandRequest.schedule(slots, groups));
            }
          } else {
            saved =
                admin.update(
                    current.id(), new UpdateBrandRequest(brandName, zoneId, hex, slots, groups));
          }
          if (logo != null) {
            byte[] bytes = Files.readAllBytes(logo);
            if (bytes.length > MAX_LOGO_BYTES) {
              throw new IllegalArgumentException(
                  "The logo is larger than 512 KB. Choose a smaller PNG or JPEG.");
            }
            saved = admin.uploadLogo(saved.id(), bytes, contentType(logo, bytes));
          }
          return saved;
        },
        saved -> {
          formOpen.set(false);
          remote.showNotice("Saved " + saved.name() + ".");
          afterChange.run();
          load();
        });
  }

  /** True while editing a brand that has a logo on the server. */
  public ObservableValue<Boolean> hasLogoProperty() {
    return hasLogo;
  }

  /** Removes the edited brand's logo on the server; the brand falls back to its initial. */
  public void removeLogo() {
    Brand current = editing.get();
    if (current == null || current.logoSha256() == null) {
      return;
    }
    remote.call(
        () -> admin.deleteLogo(current.id()),
        changed -> {
          int at = brands.indexOf(current);
          if (at >= 0) {
            brands.set(at, changed);
          }
          logos.remove(changed.id());
          editing.set(changed);
          logoFile.set(null);
          remote.showNotice("Removed the logo of " + changed.name() + ".");
          afterChange.run();
        });
  }

  public void delete(Brand brand) {
    remote.call(
        () -> {
          admin.delete(brand.id());
          return brand;
        },
        deleted -> {
          brands.remove(deleted);
          logos.remove(deleted.id());
          formOpen.set(false);
          remote.showNotice(deleted.name() + " was deleted.");
          afterChange.run();
        });
  }

  /** {@code image/png} or {@code image/jpeg}, by the file's first bytes, else by its name. */
  static String contentType(Path file, byte[] bytes) {
    if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N') {
      return "image/png";
    }
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
      return "image/jpeg";
    }
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".png") ? "image/png" : "image/jpeg";
  }
}
