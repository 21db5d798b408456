package io.autoposter.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoposter.model.Network;
import org.junit.jupiter.api.Test;

class NetworkLimitsTest {

  @Test
  void limitsComeFromTheDataFile() {
    assertThat(NetworkLimits.of(Network.X).captionMax()).isEqualTo(280);
    assertThat(NetworkLimits.of(Network.X).imagesMax()).isEqualTo(4);
    NetworkLimits instagram = NetworkLimits.of(Network.INSTAGRAM);
    assertThat(instagram.captionMax()).isEqualTo(2_200);
    assertThat(instagram.hashtagsMax()).isEqualTo(30);
    assertThat(instagram.mentionsMax()).isEqualTo(20);
    assertThat(instagram.carouselMin()).isEqualTo(2);
    assertThat(instagram.carouselMax()).isEqualTo(10);
    assertThat(instagram.jpegMaxBytes()).isEqualTo(8L * 1024 * 1024);
    assertThat(instagram.requiresMedia()).isTrue();
    assertThat(NetworkLimits.of(Network.LINKEDIN).captionMax()).isEqualTo(3_000);
    for (Network network : Network.values()) {
      assertThat(CaptionRules.limit(network)).isEqualTo(NetworkLimits.of(network).captionMax());
    }
  }

  @Test
  void hashtagsAndMentionsAreCountedLikeInstagram() {
    assertThat(TextCounts.hashtags("#one #two#three #4 #4th a#b ＃full")).isEqualTo(4);
    assertThat(TextCounts.mentions("@ann @bob.smith me@example.com @@x")).isEqualTo(2);
    assertThat(TextCounts.links("see https://a.example, www.b.example and c")).isEqualTo(2);
  }
}
