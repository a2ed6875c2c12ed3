package vanban.evaluate;

import java.util.List;
import java.util.Map;

/**
 * One annotated document (devset/RULES.md): what a careful reader takes from its text.
 *
 * @param source the file, relative to the gold file's folder (or a path the caller resolves)
 * @param fields the annotated metadata fields by name ({@code type}, {@code symbol}, {@code date},
 *     {@code province}, {@code issuer}, {@code signer.name}); a field absent here is not scored, a
 *     null value means the text does not give it, {@link #SKIP} that it is there but illegible
 * @param citations the numbered instruments it cites, one per instrument
 * @param named the instruments it cites without a number
 */
public record GoldDocument(
    String source,
    Map<String, String> fields,
    List<GoldCitation> citations,
    List<String> named,
    List<GoldObligation> obligations) {

  /** A field present in the text but too garbled for any reader: not scored. */
  public static final String SKIP = "__skip__";

  public GoldDocument {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    citations = List.copyOf(citations);
    named = List.copyOf(named);
    obligations = obligations == null ? null : List.copyOf(obligations);
  }

  /** Whether this document's obligations were annotated (else they are not scored). */
  public boolean hasObligations() {
    return obligations != null;
  }

  /**
   * One annotated obligation (devset/RULES.md, obligations).
   *
   * @param text the unit as the normalized text writes it
   * @param modality must, must-not, responsible or encouraged
   * @param actor who must act, as the text names it; null when nobody is named
   * @param frequency SCHEMA.md frequency, or null
   * @param deadline ISO date (or year-month, year), or null
   * @param reportTo the body reported to, or null
   * @param themes theme ids
   */
  public record GoldObligation(
      String text,
      String modality,
      String actor,
      String frequency,
      String deadline,
      String reportTo,
      List<String> themes) {
    public GoldObligation {
      themes = List.copyOf(themes);
    }
  }

  /**
   * One cited instrument.
   *
   * @param symbol its canonical number-symbol
   * @param year its year, from the symbol or the cited date; null when the text gives neither
   * @param mentions how many times the text cites it by number
   * @param asWritten one occurrence as written, for review
   */
  public record GoldCitation(String symbol, Integer year, int mentions, String asWritten) {}
}
