package io.autoposter.desktop.team;

import io.autoposter.model.BrandId;
import io.autoposter.model.Role;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** The invite / change-access form: e-mail (invite only), role and brand access. */
public final class AccessForm {

  private final StringProperty email = new SimpleStringProperty("");
  private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.EDITOR);
  private final BooleanProperty allBrands = new SimpleBooleanProperty(true);
  private final ObservableSet<BrandId> brandIds = FXCollections.observableSet();

  public StringProperty emailProperty() {
    return email;
  }

  public ObjectProperty<Role> roleProperty() {
    return role;
  }

  public BooleanProperty allBrandsProperty() {
    return allBrands;
  }

  public ObservableSet<BrandId> brandIds() {
    return brandIds;
  }

  /** Owners and admins always have every brand. */
  boolean effectiveAllBrands() {
    return allBrands.get() || !role.get().canBeLimitedToBrands();
  }

  Set<BrandId> effectiveBrandIds() {
    return effectiveAllBrands() ? Set.of() : Set.copyOf(brandIds);
  }

  boolean isValidInvite() {
    String mail = email.get().strip();
    return mail.length() >= 3 && mail.indexOf('@') > 0 && mail.indexOf('@') < mail.length() - 1;
  }
}
