package vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllableScorerTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      textBlock =
          """
          nghiêng, true
          quốc,    true
          giữa,    true
          được,    true
          khuyến,  true
          Ủy,      true
          THƯỜNG,  true
          hoạch,   true
          người,   true
          gì,      true
          a,       true
          caùc,    false
          ñöôïc,   false
          c¸c,     false
          ch¸nh,   false
          caỡc,    false
          hóá,     false
          café,    false
          crème,   false
          xyz,     false
          """)
  void recognisesVietnameseSyllables(String word, boolean syllable) {
    assertThat(SyllableScorer.isSyllable(word)).isEqualTo(syllable);
    assertThat(SyllableScorer.isSyllable(Normalizer.normalize(word, Normalizer.Form.NFD)))
        .isEqualTo(syllable);
  }

  @Test
  void countsOnlyWordsWithNonAsciiLetters() {
    assertThat(SyllableScorer.score("Số 26/CT-TTg về tăng cường")).isEqualTo(4);
    // VNI bytes read as windows-1252: "Soá" happens to be a syllable, the rest are not
    assertThat(SyllableScorer.score("Soá 26/CT-TTg veà taêng cöôøng")).isEqualTo(-2);
    assertThat(SyllableScorer.score("plain ASCII only")).isZero();
  }
}
