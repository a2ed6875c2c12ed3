package vanban.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageIdentifierTest {
  private final LanguageIdentifier identifier = new LanguageIdentifier();

  @ParameterizedTest
  @MethodSource("vanban.segment.SentenceSegmenterTest#corpusNames")
  void corpusIsVietnamese(String name) throws IOException {
    assertThat(identifier.identify(SentenceSegmenterTest.corpus(name))).contains("vie");
  }

  @Test
  void vietnameseSentence() {
    assertThat(
            identifier.identify(
                "Tỉnh ủy yêu cầu các cơ quan, đơn vị thực hiện nghiêm túc kỷ luật."))
        .contains("vie");
  }

  @Test
  void englishParagraph() {
    assertThat(
            identifier.identify(
                "The provincial committee requires all agencies and units to strictly enforce"
                    + " administrative discipline, to improve public service ethics, and to report"
                    + " on their progress to the standing committee every month."))
        .contains("eng");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Số 12", "CHỦ TỊCH", "hello world", "   ", "12/2022/NĐ-CP"})
  void tinyTextIsUnknown(String text) {
    assertThat(identifier.identify(text)).isEqualTo(Optional.empty());
  }

  @org.junit.jupiter.api.Test
  void longTextIsJudgedOnItsOpening() {
    String vietnamese = corpusText();
    String mixed = vietnamese + " " + "The committee requires all agencies to report monthly. ".repeat(2000);
    assertThat(LanguageIdentifier.sample(mixed)).hasSizeLessThanOrEqualTo(LanguageIdentifier.SAMPLE_CHARS);
    assertThat(identifier.identify(mixed)).contains("vie");
  }

  private static String corpusText() {
    try {
      return SentenceSegmenterTest.corpus("000_39bb060388cc8e2c");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
