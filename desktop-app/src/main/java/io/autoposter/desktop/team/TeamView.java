package io.autoposter.desktop.team;

import atlantafx.base.theme.Styles;
import io.autoposter.desktop.ui.Confirm;
import io.autoposter.desktop.ui.EmptyState;
import io.autoposter.desktop.ui.NeedsConnection;
import io.autoposter.desktop.ui.Roles;
import io.autoposter.desktop.ui.Sheet;
import io.autoposter.desktop.ui.TextCells;
import io.autoposter.model.api.Invitation;
import io.autoposter.model.api.Member;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Team screen: members table, pending invitations, invite and access sheets. */
public final class TeamView {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

  private final StackPane root;
  private final TeamViewModel model;
  private final Sheet sheet = new Sheet();

  public TeamView(TeamViewModel model) {
    this.model = model;
    Button invite = new Button("Invite member", new FontIcon(Feather.USER_PLUS));
    invite.setId("inviteMember");
    invite.getStyleClass().add(Styles.ACCENT);
    invite.setOnAction(e -> openInvite());
    invite.disableProperty().bind(model.remote().offlineProperty());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox top =
        new HBox(
            12,
            NeedsConnection.heading(
                "Team", "Who can sign in to your agency, with which role and which brands."),
            grow,
            invite);
    top.setAlignment(Pos.CENTER_LEFT);

    TableView<Member> members = membersTable();
    VBox.setVgrow(members, Priority.ALWAYS);
    Label pendingTitle = new Label("Pending invitations");
    pendingTitle.getStyleClass().addAll(Styles.TITLE_4, "field-label");
    TableView<Invitation> pending = invitationsTable();
    pending.setPrefHeight(170);
    pending.setMinHeight(120);

    VBox content =
        new VBox(14, NeedsConnection.messageLine(model.remote()), members, pendingTitle, pending);
    StackPane guarded = NeedsConnection.wrap(content, model.remote(), model::load);
    VBox.setVgrow(guarded, Priority.ALWAYS);
    VBox page = new VBox(16, top, guarded);
    page.setPadding(new Insets(24));
    page.getStyleClass().add("admin-page");
    root = new StackPane(page, sheet.layer());
  }

  /** Opens the invite sheet (also used by screenshot tests). */
  public void openInvite() {
    AccessForm form = model.newInvite();
    sheet.show(
        AccessSheet.build(
            "Invite a team member",
            form,
            true,
            model.assignableRoles(),
            model.brands(),
            "Send invitation",
            () -> model.invite(form, sheet::close),
            sheet::close),
        480);
  }

  private void openAccess(Member member) {
    AccessForm form = model.accessOf(member);
    sheet.show(
        AccessSheet.build(
            "Change access for " + TeamViewModel.display(member),
            form,
            false,
            model.assignableRoles(),
            model.brands(),
            "Save",
            () -> model.changeAccess(member, form, sheet::close),
            sheet::close),
        480);
  }

  private TableView<Member> membersTable() {
    TableView<Member> table = new TableView<>(model.members());
    table.setId("membersTable");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(
        EmptyState.of(
            Feather.USERS, "No members yet", "Invite your colleagues with \"Invite member\"."));
    table.getColumns().add(TextCells.column("Name", m -> nonBlank(m.name()), 170));
    table.getColumns().add(TextCells.column("E-mail", Member::email, 230));
    table.getColumns().add(TextCells.column("Role", m -> Roles.label(m.role()), 90));
    table
        .getColumns()
        .add(TextCells.column("Brands", m -> model.brandSummary(m.allBrands(), m.brandIds()), 200));
    table.getColumns().add(TextCells.column("2FA", m -> m.twoFactorEnabled() ? "On" : "Off", 70));
    TableColumn<Member, Member> actions = new TableColumn<>("");
    actions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    actions.setCellFactory(
        c ->
            new ActionCell<>(
                m ->
                    new HBox(
                        4,
                        small("Change access", false, () -> openAccess(m)),
                        small("Remove", true, () -> confirmRemove(m)))));
    actions.setPrefWidth(200);
    actions.setSortable(false);
    table.getColumns().add(actions);
    return table;
  }

  private TableView<Invitation> invitationsTable() {
    TableView<Invitation> table = new TableView<>(model.invitations());
    table.setId("invitationsTable");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(
        EmptyState.compact(
            Feather.MAIL,
            "No pending invitations. People you invite appear here until they join."));
    table.getColumns().add(TextCells.column("E-mail", Invitation::email, 230));
    table.getColumns().add(TextCells.column("Role", i -> Roles.label(i.role()), 90));
    table
        .getColumns()
        .add(TextCells.column("Brands", i -> model.brandSummary(i.allBrands(), i.brandIds()), 200));
    table
        .getColumns()
        .add(
            TextCells.column(
                "Expires", i -> i.expiresAt() == null ? "—" : DAY.format(i.expiresAt()), 120));
    TableColumn<Invitation, Invitation> actions = new TableColumn<>("");
    actions.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    actions.setCellFactory(
        c ->
            new ActionCell<>(
                i ->
                    new HBox(
                        4,
                        small("Resend", false, () -> model.resend(i)),
                        small("Revoke", true, () -> confirmRevoke(i)))));
    actions.setPrefWidth(160);
    actions.setSortable(false);
    table.getColumns().add(actions);
    return table;
  }

  private void confirmRemove(Member member) {
    if (Confirm.ask(
        root,
        "Remove " + TeamViewModel.display(member) + "?",
        member.email()
            + " will be signed out on every device and can no longer see your agency's brands.",
        "Remove")) {
      model.remove(member);
    }
  }

  private void confirmRevoke(Invitation invitation) {
    if (Confirm.ask(
        root,
        "Revoke the invitation?",
        "The link sent to " + invitation.email() + " will stop working.",
        "Revoke")) {
      model.revoke(invitation);
    }
  }

  private static Button small(String text, boolean danger, Runnable action) {
    Button button = new Button(text);
    button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    if (danger) {
      button.getStyleClass().add(Styles.DANGER);
    }
    button.setOnAction(e -> action.run());
    return button;
  }

  private static String nonBlank(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }

  public Parent root() {
    return root;
  }

  /** A cell of row buttons. */
  private static final class ActionCell<T> extends TableCell<T, T> {
    private final Function<T, Node> buttons;

    ActionCell(Function<T, Node> buttons) {
      this.buttons = buttons;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
      super.updateItem(item, empty);
      setText(null);
      setAlignment(Pos.CENTER_LEFT);
      Node graphic = empty || item == null ? null : buttons.apply(item);
      if (graphic instanceof HBox row) {
        row.setAlignment(Pos.CENTER_LEFT);
      }
      setGraphic(graphic);
    }
  }
}
