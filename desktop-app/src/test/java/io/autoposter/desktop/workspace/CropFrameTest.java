package io.autoposter.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoposter.model.Network;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CropFrameTest {

  @Test
  void aPortraitCropOfAWidePictureTakesTheFullHeightCentred() {
    CropFrame frame = CropFrame.largest(1600, 1350, 4 / 5.0);

    assertThat(frame).isEqualTo(new CropFrame(1600, 1350, 260, 0, 1080, 1350));
  }

  @Test
  void aLandscapeCropOfASquarePictureTakesTheFullWidth() {
    CropFrame frame = CropFrame.largest(1080, 1080, 1.91);

    assertThat(frame.width()).isEqualTo(1080);
    assertThat(frame.height()).isEqualTo(566);
    assertThat(frame.y()).isEqualTo(257);
    assertThat(frame.width() / (double) frame.height()).isLessThanOrEqualTo(1.91);
  }

  @Test
  void roundingLeansTowardsSquareSoNetworkLimitsHold() {
    CropFrame portrait = CropFrame.largest(1001, 999, 0.8);

    assertThat(portrait.width() / (double) portrait.height()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void movingStopsAtThePicturesEdges() {
    CropFrame frame = CropFrame.largest(1600, 1350, 1);

    assertThat(frame.moveBy(-10_000, 50).x()).isZero();
    assertThat(frame.moveBy(-10_000, 50).y()).isZero();
    assertThat(frame.moveBy(10_000, 0).x()).isEqualTo(250);
    assertThat(frame.moveBy(40.4, 0).x()).isEqualTo(165);
  }

  @Test
  void aFrameOfThePicturesOwnShapeKeepsTheWholePicture() {
    assertThat(CropFrame.largest(1080, 1080, 1).isWholePicture()).isTrue();
    assertThat(CropFrame.largest(1600, 1350, 1).isWholePicture()).isFalse();
  }

  @Test
  void aFrameOutsideThePictureIsRefused() {
    assertThatThrownBy(() -> new CropFrame(100, 100, 50, 0, 60, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void presetsFollowTheChosenNetworksEachShapeOnce() {
    List<MediaEditing.CropPreset> presets =
        MediaEditing.cropPresets(Set.of(Network.INSTAGRAM, Network.X, Network.LINKEDIN));

    assertThat(presets)
        .extracting(MediaEditing.CropPreset::label)
        .containsExactly(
            "1:1 · Instagram, LinkedIn, X",
            "4:5 · Instagram",
            "1.91:1 · Instagram, LinkedIn",
            "16:9 · X");
  }

  @Test
  void aNetworkWithoutShapesGetsASquare() {
    assertThat(MediaEditing.cropPresets(Set.of(Network.SANDBOX)))
        .extracting(MediaEditing.CropPreset::ratio)
        .containsExactly("1:1");
  }
}
