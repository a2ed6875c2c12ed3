package vanban.evaluate;

import java.util.List;
import java.util.Map;

/**
 * What {@link Evaluator} measured.
 *
 * @param documents how many gold documents were scored
 * @param fields per metadata field, in {@link GoldFile#FIELDS} order
 * @param citations numbered citations, keyed by number-symbol and year
 * @param mentions how many times the numbered instruments are cited
 * @param named instruments cited without a number
 * @param obligations obligations of the documents whose gold has them; null when none has
 * @param misses every disagreement with the gold, in document order
 */
public record Evaluation(
    int documents,
    Map<String, FieldScore> fields,
    CitationScore citations,
    MentionCount mentions,
    NamedCount named,
    ObligationScore obligations,
    List<Miss> misses) {

  /** One metadata field: documents where it matched the gold, of those whose gold scores it. */
  public record FieldScore(int right, int scored) {
    public double accuracy() {
      return scored == 0 ? 1.0 : (double) right / scored;
    }
  }

  /** Numbered instruments found ({@code found}) against the gold ({@code gold}). */
  public record CitationScore(int gold, int found, int matched) {
    public double precision() {
      return found == 0 ? 1.0 : (double) matched / found;
    }

    public double recall() {
      return gold == 0 ? 1.0 : (double) matched / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * Mentions of numbered instruments: totals in the gold and in the records, and how many matched
   * instruments have exactly the gold's count.
   */
  public record MentionCount(int gold, int found, int exactInstruments, int matchedInstruments) {}

  /**
   * Obligations: units annotated ({@code gold}), extracted ({@code found}) and matched by their
   * words; agreement counts on the matched pairs; theme true/false positives and false negatives
   * over the matched pairs; fragments among the units extracted.
   */
  public record ObligationScore(
      int gold,
      int found,
      int matched,
      int modality,
      int actor,
      int frequency,
      int deadline,
      int reportTo,
      int themesTp,
      int themesFp,
      int themesFn,
      int fragments) {
    public double recall() {
      return gold == 0 ? 1.0 : (double) matched / gold;
    }

    public double precision() {
      return found == 0 ? 1.0 : (double) matched / found;
    }

    /** Share of the matched pairs agreeing on {@code count}'s field. */
    public double onMatched(int count) {
      return matched == 0 ? 1.0 : (double) count / matched;
    }

    public double themeF1() {
      double p = themesTp + themesFp == 0 ? 1.0 : (double) themesTp / (themesTp + themesFp);
      double r = themesTp + themesFn == 0 ? 1.0 : (double) themesTp / (themesTp + themesFn);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Instruments cited without a number: gold entries and record mentions. */
  public record NamedCount(int gold, int found) {}

  /**
   * One disagreement: {@code source: field want X got Y}. {@code field} is a metadata field name,
   * {@code citation}, or {@code file} for a document that could not be read.
   */
  public record Miss(String source, String field, String want, String got) {
    @Override
    public String toString() {
      return source + ": " + field + " want " + show(want) + " got " + show(got);
    }

    private static String show(String v) {
      return v == null ? "-" : v;
    }
  }
}
