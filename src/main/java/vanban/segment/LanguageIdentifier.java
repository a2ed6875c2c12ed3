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
 * <p>Uses the OpenNLP language detector model of {@code opennlp-models-langdetect} (103 languages,
 * resource {@code /langdetect-183.bin} at the root of that jar), loaded once per JVM at first use.
 */
public final class LanguageIdentifier {
  static final String MODEL_RESOURCE = "/langdetect-183.bin";
  // Fewer letters than this is no evidence: "Số 12", "CHỦ TỊCH".
  private static final int MIN_LETTERS = 20;
  // The best language must be at least this many times as likely as the runner-up.
  private static final double MIN_LEAD = 2.0;
  // The detector's cost grows with the text while its answer settles within a few paragraphs:
  // a long document is judged on its opening (profiled: the largest extraction cost per document).
  static final int SAMPLE_CHARS = 3000;

  /** The language of {@code text}, when there is enough text to tell. */
  public Optional<String> identify(String text) {
    if (text == null || text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      return Optional.empty();
    }
    Language[] ranked = new LanguageDetectorME(Holder.MODEL).predictLanguages(sample(text));
    if (ranked.length == 0) {
      return Optional.empty();
    }
    double runnerUp = ranked.length > 1 ? ranked[1].getConfidence() : 0;
    return ranked[0].getConfidence() >= MIN_LEAD * runnerUp
        ? Optional.of(ranked[0].getLang())
        : Optional.empty();
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
