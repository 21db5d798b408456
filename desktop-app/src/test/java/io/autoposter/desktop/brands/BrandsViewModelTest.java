package io.autoposter.desktop.brands;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.desktop.sync.ServerClient;
import io.autoposter.desktop.testing.FakeServer;
import io.autoposter.desktop.testing.TestClients;
import io.autoposter.desktop.testing.TestImages;
import io.autoposter.desktop.ui.TaskExecutor;
import io.autoposter.model.Brand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandsViewModelTest {

  @TempDir Path dir;
  private final FakeServer server = new FakeServer();
  private final ServerClient client = TestClients.signedIn(server);
  private final AtomicInteger syncs = new AtomicInteger();
  private final BrandsViewModel model =
      new BrandsViewModel(
          client.brandAdmin(), true, TaskExecutor.sameThread(), syncs::incrementAndGet);

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  @Test
  void creatingABrandWithALogoUploadsItAndAsksForASync() throws Exception {
    Path logo = Files.write(dir.resolve("roma.png"), TestImages.PNG);
    model.newBrand();
    model.nameProperty().set("Trattoria Roma");
    model.zoneProperty().set("Europe/Rome");
    model.colorProperty().set("#c2410c");
    model.logoFileProperty().set(logo);
    model.save();

    Brand saved = server.admin().brands.getFirst();
    assertThat(saved.name()).isEqualTo("Trattoria Roma");
    assertThat(saved.color()).isEqualTo("#C2410C");
    assertThat(server.admin().logoUploads).containsExactly(saved.id().toString());
    assertThat(syncs).hasValue(1);
    assertThat(model.brands()).extracting(Brand::name).containsExactly("Trattoria Roma");
    assertThat(model.logos()).containsKey(saved.id());
    assertThat(model.formOpenProperty().get()).isFalse();
  }

  @Test
  void editingChangesNameAndZone() {
    server.admin().brands.add(FakeServer.ROMA);
    model.load();
    model.edit(model.brands().getFirst());
    model.nameProperty().set("Roma Centro");
    model.zoneProperty().set("Europe/Berlin");
    model.save();

    assertThat(server.admin().brands.getFirst().zone().getId()).isEqualTo("Europe/Berlin");
    assertThat(model.brands().getFirst().name()).isEqualTo("Roma Centro");
  }

  @Test
  void anUnknownTimeZoneIsRefusedBeforeTheNetwork() {
    model.newBrand();
    model.nameProperty().set("X");
    model.zoneProperty().set("Mars/Olympus");
    model.save();
    assertThat(model.remote().errorProperty().get()).startsWith("Choose a time zone");
    assertThat(server.admin().brands).isEmpty();
  }

  @Test
  void deletingRemovesTheBrandAndSyncs() {
    server.admin().brands.add(FakeServer.ROMA);
    model.load();
    model.delete(model.brands().getFirst());
    assertThat(model.brands()).isEmpty();
    assertThat(server.admin().brands).isEmpty();
    assertThat(syncs).hasValue(1);
  }

  @Test
  void removingTheLogoFallsBackToTheInitialAndSyncs() {
    server.admin().brands.add(withLogo(FakeServer.ROMA));
    model.load();
    model.edit(model.brands().getFirst());
    assertThat(model.hasLogoProperty().getValue()).isTrue();
    assertThat(model.logos()).containsKey(FakeServer.ROMA.id());

    model.removeLogo();

    assertThat(server.admin().logoDeletes).containsExactly(FakeServer.ROMA.id().toString());
    assertThat(server.admin().brands).containsExactly(FakeServer.ROMA);
    assertThat(model.logos()).doesNotContainKey(FakeServer.ROMA.id());
    assertThat(model.brands().getFirst().logoSha256()).isNull();
    assertThat(model.hasLogoProperty().getValue()).isFalse();
    assertThat(model.remote().noticeProperty().get()).contains("Removed the logo");
    assertThat(syncs).hasValue(1);
  }

  @Test
  void removeLogoDoesNothingWithoutALogo() {
    server.admin().brands.add(FakeServer.ROMA);
    model.load();
    model.edit(model.brands().getFirst());
    assertThat(model.hasLogoProperty().getValue()).isFalse();

    model.removeLogo();

    assertThat(server.admin().logoDeletes).isEmpty();
    assertThat(syncs).hasValue(0);
  }

  private static Brand withLogo(Brand brand) {
    return new Brand(brand.id(), brand.name(), brand.zone(), brand.color(), "a".repeat(64));
  }

  @Test
  void readOnlyMembersNeverOpenTheForm() {
    BrandsViewModel viewer =
        new BrandsViewModel(client.brandAdmin(), false, TaskExecutor.sameThread(), () -> {});
    viewer.newBrand();
    assertThat(viewer.formOpenProperty().get()).isFalse();
  }

  @Test
  void contentTypeComesFromTheBytes() {
    assertThat(BrandsViewModel.contentType(Path.of("logo.jpg"), TestImages.PNG))
        .isEqualTo("image/png");
    assertThat(
            BrandsViewModel.contentType(
                Path.of("x.png"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))
        .isEqualTo("image/jpeg");
  }
}
