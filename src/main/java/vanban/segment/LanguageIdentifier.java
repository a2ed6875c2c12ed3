package vanban.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Names the language of a text as an ISO 639-3 code ({@code "vie"} for Vietnamese), or nothing when
 * the text is too short or the best guess is not clearly ahead of the next.
 *
 * <p>A text where many words carry a letter only Vietnamese writes (ă, đ, ơ, ư, or a vowel with
 * both a hat or horn and a tone mark: ế, ộ, ữ …) is Vietnamese outright: no other language's
 * words look like that, and the statistical model is by far the costliest step of extraction
 * (profiled: a fifth of the CPU of a full build). Anything else — unaccented Vietnamese, another
 * language, a legacy encoding decoded wrongly — goes to the OpenNLP language detector model of
 * {@code opennlp-models-langdetect} (103 languages, resource {@code /langdetect-183.bin} at the root
 * of that jar), loaded once per JVM at its first use.
 */
public final class LanguageIdentifier {
  /** ISO 639-3 code of Vietnamese, as the model names it. */
  public static final String VIETNAMESE = "vie";

  static final String MODEL_RESOURCE = "/langdetect-183.bin";
  // Fewer letters than this is no evidence: "Số 12", "CHỦ TỊCH".
  private static final int MIN_LETTERS = 20;
  // The best language must be at least this many times as likely as the runner-up.
  private static final double MIN_LEAD = 2.0;
  // The detector's cost grows with the text while its answer settles within a few paragraphs:
  // a long document is judged on its opening (profiled: the largest extraction cost per document).
  static final int SAMPLE_CHARS = 3000;
  // Share of words with a Vietnamese-only letter that settles the question without the model.
  // Vietnamese prose has about 0.6 (0.60–0.63 on the five bundled documents, 0.55–0.58 on
  // generated ones); French, Portuguese, Guarani or Yoruba words reach the letters below rarely.
  static final double VIETNAMESE_WORD_SHARE = 0.3;

  /** The language of {@code text}, when there is enough text to tell. */
  public Optional<String> identify(String text) {
    if (text == null || text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      return Optional.empty();
    }
    String sample = sample(text);
    if (vietnameseWordShare(sample) >= VIETNAMESE_WORD_SHARE) {
      return Optional.of(VIETNAMESE);
    }
    return byModel(sample);
  }

  /** The statistical model's answer alone, with no shortcut (tests compare the two). */
  Optional<String> byModel(String sample) {
    Language[] ranked = new LanguageDetectorME(Holder.MODEL).predictLanguages(sample);
    if (ranked.length == 0) {
      return Optional.empty();
    }
    double runnerUp = ranked.length > 1 ? ranked[1].getConfidence() : 0;
    return ranked[0].getConfidence() >= MIN_LEAD * runnerUp
        ? Optional.of(ranked[0].getLang())
        : Optional.empty();
  }

  /** The share of the words of {@code text} that contain a letter only Vietnamese writes. */
  static double vietnameseWordShare(String text) {
    int words = 0;
    int marked = 0;
    boolean inWord = false;
    boolean wordMarked = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!inWord) {
          inWord = true;
          wordMarked = false;
          words++;
        }
        if (!wordMarked && isVietnameseOnly(c)) {
          wordMarked = true;
          marked++;
        }
      } else {
        inWord = false;
      }
    }
    return words == 0 ? 0 : (double) marked / words;
  }

  /**
   * ă, đ, ơ, ư and the precomposed letters of Unicode's Latin Extended Additional block that
   * Vietnamese uses (U+1EA0–U+1EF9: ạ ả ấ … ỹ), save ẹ and ọ, which Yoruba writes too. Text is
   * NFC here (the normalizer composes it); decomposed text simply falls through to the model.
   */
  static boolean isVietnameseOnly(char c) {
    char lower = Character.toLowerCase(c);
    return switch (lower) {
      case 'ă', 'đ', 'ơ', 'ư' -> true;
      case '\u1eb9', '\u1ecd' -> false;
      default -> c >= '\u1ea0' && c <= '\u1ef9';
    };
  }

  /** The opening of {@code text}, cut at a space, at most {@link #SAMPLE_CHARS} long. */
  static String sample(String text) {
    if (text.length() <= SAMPLE_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
    return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
  }

  private static final class Holder {
    static final LanguageDetectorModel MODEL = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "language model " + MODEL_RESOURCE + " not on the classpath");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
