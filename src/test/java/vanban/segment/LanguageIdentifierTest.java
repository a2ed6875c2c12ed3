package vanban.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
  @MethodSource("vanban.segment.SentenceSegmenterTest#corpusNames")
  void shortcutAgreesWithTheModel(String name) throws IOException {
    String sample = LanguageIdentifier.sample(SentenceSegmenterTest.corpus(name));
    assertThat(LanguageIdentifier.vietnameseWordShare(sample))
        .isGreaterThanOrEqualTo(LanguageIdentifier.VIETNAMESE_WORD_SHARE);
    assertThat(identifier.byModel(sample)).contains(LanguageIdentifier.VIETNAMESE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // Vietnamese-only letters: the four base letters, hat or horn with a tone, dot below on a, u.
    "ư, true", "Đ, true", "ă, true", "ơ, true", "ế, true", "ộ, true", "ữ, true", "ạ, true", "ụ, true",
    "ỹ, true",
    // Shared with other languages: French/Portuguese hats and accents, Yoruba's dotted e and o.
    "ê, false", "ô, false", "â, false", "é, false", "ã, false", "ç, false", "ẹ, false", "ọ, false",
    "Ọ, false", "e, false"
  })
  void vietnameseOnlyLetters(char c, boolean expected) {
    assertThat(LanguageIdentifier.isVietnameseOnly(c)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Another language never reaches the share, so the model decides.
        "Le comité provincial exige que tous les services présentent leur rapport à la fête de"
            + " l'été, même s'ils sont en retard, et qu'ils respectent l'hôpital et la forêt.",
        "O comitê provincial determina que todas as secretarias apresentem relatórios mensais"
            + " à comissão, e que a população seja informada das ações em andamento.",
        "Ìgbìmọ̀ ìpínlẹ̀ ní kí gbogbo àwọn ẹ̀ka ìjọba ṣe ìròyìn wọn fún ìgbìmọ̀ àgbà ní oṣooṣù"
            + " kí wọ́n sì tẹ̀lé òfin náà.",
        // Vietnamese typed without marks: nothing to see, the model decides.
        "Uy ban nhan dan tinh yeu cau cac so ban nganh thuc hien nghiem tuc ky luat ky cuong"
            + " hanh chinh trong toan tinh."
      })
  void otherLanguagesGoToTheModel(String text) {
    assertThat(LanguageIdentifier.vietnameseWordShare(text))
        .isLessThan(LanguageIdentifier.VIETNAMESE_WORD_SHARE);
    assertThat(identifier.identify(text)).isEqualTo(identifier.byModel(text));
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
