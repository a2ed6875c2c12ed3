package vanban.index;

import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import vanban.lexicon.NumberSymbol;
import vanban.normalize.VietnameseNormalizer;

/**
 * The names of the index's fields, and how keyword values become terms: the one place indexer and
 * searcher agree on.
 *
 * <p>Keyword filters ({@link #PROVINCE}, {@link #TYPE}, {@link #ISSUER}) compare on a folded key:
 * lower-case, no diacritics, {@code đ} as {@code d}, single spaces ({@link #keywordKey}). A person
 * typing {@code --province "thua thien hue"} in a terminal means {@code Thừa Thiên Huế}, and no two
 * provinces or document types fold to the same key. Facets count the values as written, with one
 * tone placement ({@link #facetLabel}).
 */
public final class IndexFields {
  private IndexFields() {}

  /** The document's {@code source}: its id, a stored keyword (also sorted on to break ties). */
  public static final String ID = "source";
  /** The extraction record as compact JSON, stored only. */
  public static final String RECORD = "record";
  /** The normalized text: stored, analyzed by {@link VietnameseAnalyzer}, offsets in postings. */
  public static final String TEXT = "text";
  /** The normalized text analyzed by {@link VietnameseFoldingAnalyzer}, offsets in postings. */
  public static final String TEXT_FOLDED = "text_folded";
  /** The subject line, exact analysis. */
  public static final String SUBJECT = "subject";
  /** The subject line, folded analysis. */
  public static final String SUBJECT_FOLDED = "subject_folded";

  /** Province keyword (folded key). */
  public static final String PROVINCE = "province";
  /** Document type keyword (folded key of {@code Chỉ thị}). */
  public static final String TYPE = "type";
  /** Type code keyword, lower-case ({@code ct}). */
  public static final String TYPE_CODE = "typeCode";
  /** Issuer keyword (folded key). */
  public static final String ISSUER = "issuer";
  /** Year of the date of issue, as a keyword ({@code 2022}). */
  public static final String YEAR = "year";
  /** The document's own number-symbol, as its {@link NumberSymbol#key()}. */
  public static final String SYMBOL = "symbol";
  /** Keys of every instrument the document cites by number-symbol; multi-valued. */
  public static final String CITES = "cites";
  /**
   * Epoch day of the date of issue, or of {@code dateNotBefore} when the date is missing: a
   * {@code LongPoint} for ranges and a {@code NumericDocValues} for sorting.
   */
  public static final String DATE = "date";

  /** File size in bytes when indexed. */
  public static final String STAMP_SIZE = "stamp_size";
  /** File modification time (epoch millis) when indexed. */
  public static final String STAMP_MTIME = "stamp_mtime";
  /** Hex SHA-256 of the file when indexed. */
  public static final String STAMP_SHA256 = "stamp_sha256";

  /** Facet dimensions, in the order {@code search --facets} prints them. */
  public static final String FACET_PROVINCE = "province";

  public static final String FACET_TYPE = "type";
  public static final String FACET_YEAR = "year";
  public static final String FACET_ISSUER = "issuer";

  /** All facet dimensions, in print order. */
  public static final java.util.List<String> FACET_DIMENSIONS =
      java.util.List.of(FACET_PROVINCE, FACET_TYPE, FACET_YEAR, FACET_ISSUER);

  private static final Analyzer FOLDING = new VietnameseFoldingAnalyzer();

  /** The facets configuration shared by indexer and searcher (every dimension single-valued). */
  public static FacetsConfig facetsConfig() {
    return new FacetsConfig();
  }

  /** The analyzer of every field: exact or folded Vietnamese by field name. */
  public static Analyzer analyzer() {
    Analyzer exact = new VietnameseAnalyzer();
    Analyzer folded = new VietnameseFoldingAnalyzer();
    return new PerFieldAnalyzerWrapper(
        exact, Map.of(TEXT_FOLDED, folded, SUBJECT_FOLDED, folded));
  }

  /**
   * The folded key a keyword value is indexed and filtered by: {@code Thừa Thiên  Huế} and
   * {@code thua thien hue} are both {@code thua thien hue}.
   */
  public static String keywordKey(String value) {
    String folded = FOLDING.normalize(PROVINCE, value).utf8ToString();
    return folded.strip().replaceAll("\\s+", " ");
  }

  /** The key of a number-symbol as written or canonical; empty when it is no number-symbol. */
  public static Optional<String> symbolKey(String symbol) {
    if (symbol == null || symbol.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        NumberSymbol.parse(symbol).map(NumberSymbol::key).orElseGet(() -> NumberSymbol.keyOf(symbol.strip())));
  }

  /** A value as a facet shows it: one tone placement ({@code Thanh Hoá} is {@code Thanh Hóa}), single spaces. */
  public static String facetLabel(String value) {
    return VietnameseNormalizer.foldTonePlacement(value)
        .strip()
        .replaceAll("\\s+", " ");
  }
}
