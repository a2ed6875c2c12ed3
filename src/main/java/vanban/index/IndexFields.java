package vanban.index;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import vanban.lexicon.NumberSymbol;
import vanban.lexicon.Provinces;
import vanban.normalize.VietnameseNormalizer;

/**
 * The names of the index's fields, and how keyword values become terms: the one place indexer and
 * searcher agree on.
 *
 * <p>Keyword filters ({@link #PROVINCE}, {@link #TYPE}, {@link #ISSUER}) compare on a folded key:
 * lower-case, no diacritics, {@code đ} as {@code d}, single spaces ({@link #keywordKey}). A person
 * typing {@code --province "thua thien hue"} in a terminal means {@code Thừa Thiên Huế}, and no two
 * provinces or document types fold to the same key. A province is first read through the province
 * table ({@link Provinces}: {@code TT-Huế}, {@code tỉnh Thừa Thiên - Huế} are {@code Thừa Thiên
 * Huế}), and a document is also filed under every unit its province became part of (2025 mergers):
 * filtering by {@code Huế} finds Thừa Thiên Huế's documents, filtering by {@code Thừa Thiên Huế}
 * does not find the city of Huế's. Facets count the values as written, with one tone placement
 * ({@link #facetLabel}), a known province by its table name.
 */
public final class IndexFields {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private IndexFields() {}

  /** The document's {@code source}: its id, a stored keyword (also sorted on to break ties). */
  public static final String ID = "source";
  /** The extraction record as compact JSON, stored only. */
  public static final String RECORD = "record";
  /** The normalized text: stored, analyzed by {@link VietnameseAnalyzer}, offsets in postings. */
  public static final String TEXT = "text";
  /** The normalized text analyzed by {@link VietnameseFoldingAnalyzer}, offsets in postings. */
  public static final String TEXT_FOLDED = "text_folded";
  /**
   * Each pair of neighbouring syllables of the normalized text, exact analysis, as one term ({@link
   * VietnameseBigramAnalyzer}): frequencies, no positions, no norms.
   */
  public static final String TEXT_BIGRAMS = "text_bigrams";
  /**
   * How much of the text's opening {@link #SUBJECT} holds for a document without a subject line
   * ({@link #lead}).
   */
  public static final int LEAD_CHARS = 600;

  /**
   * The opening of {@code text}, cut at a space after {@link #LEAD_CHARS}: where title and subject
   * stand, indexed as the subject when the header gave none.
   */
  public static String lead(String text) {
    if (text.length() <= LEAD_CHARS) {
      return text;
    }
    int cut = text.indexOf(' ', LEAD_CHARS);
    return cut < 0 ? text : text.substring(0, cut);
  }
  /**
   * The subject line (trích yếu), exact analysis; for a document whose header gave none, the
   * opening of its text ({@link #lead}).
   */
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
   * Type code and number of the document itself and of every instrument it cites
   * ({@code ct 26}): what a partial reference such as {@code Chỉ thị 26} matches; multi-valued.
   */
  public static final String INSTRUMENT = "instrument";
  /**
   * The names of the instruments a document cites by name only ({@code Luật Đất đai}), as {@link
   * vanban.lexicon.SymbolQuery#nameKey} keys: what {@code vanban cites "Luật Đất đai"} looks up; multi-valued.
   */
  public static final String CITES_NAME = "cites_name";
  /**
   * {@code <amended key>|<amending key>} for every citation saying its instrument amends or
   * replaces another ({@code 48/2018/qđ-ubnd|22/2019/qđ-ubnd}): which instruments amend one is
   * read from the terms, without loading every document citing it; multi-valued.
   */
  public static final String AMENDMENT = "amendment";
  /**
   * Stored: the sentence around each citation of the record, in citation order ({@link
   * vanban.crossref.CitingSentences}), so a {@code cites} answer need not read and segment texts.
   */
  public static final String CITING_SENTENCES = "citing_sentences";
  /**
   * Stored: the record cut to what a citation answer reads — source, hash, metadata, citations —
   * so a page of citing documents does not parse their obligations, dates and outlines.
   */
  public static final String CITATION_RECORD = "citation_record";
  /**
   * Stored: the record cut to source, hash, metadata and language — what the citation resolver
   * reads of each candidate target, which for one changed file in a large index is thousands of
   * documents.
   */
  public static final String METADATA_RECORD = "metadata_record";
  /**
   * {@code <symbol key>|<scope key>|<year>} of every instrument the document cites by number-symbol
   * (scope and year empty when the citation gives none): one symbol names a different instrument
   * in each province ({@code 12-CT/TU}) and sometimes each year ({@code 26-CT/TW} of 2013 and of
   * 2023), and a page of citing documents is taken per instrument.
   */
  public static final String CITED_AS = "cited_as";
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

  /** Facet dimension: province as written ({@code Thừa Thiên Huế}). */
  public static final String FACET_PROVINCE = "province";
  /** Facet dimension: document type ({@code Chỉ thị}). */
  public static final String FACET_TYPE = "type";
  /** Facet dimension: year of the date of issue. */
  public static final String FACET_YEAR = "year";
  /** Facet dimension: issuer as written. */
  public static final String FACET_ISSUER = "issuer";

  /** All facet dimensions, in print order. */
  public static final List<String> FACET_DIMENSIONS =
      List.of(FACET_PROVINCE, FACET_TYPE, FACET_YEAR, FACET_ISSUER);

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
        exact,
        Map.of(
            TEXT_FOLDED, folded,
            SUBJECT_FOLDED, folded,
            TEXT_BIGRAMS, new VietnameseBigramAnalyzer()));
  }

  /**
   * The folded key a keyword value is indexed and filtered by: {@code Thừa Thiên  Huế} and
   * {@code thua thien hue} are both {@code thua thien hue}.
   */
  public static String keywordKey(String value) {
    String folded = FOLDING.normalize(PROVINCE, value).utf8ToString();
    return SPACES.matcher(folded.strip()).replaceAll(" ");
  }

  /** The key of a number-symbol as written or canonical; empty when it is no number-symbol. */
  public static Optional<String> symbolKey(String symbol) {
    if (symbol == null || symbol.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        NumberSymbol.parse(symbol).map(NumberSymbol::key).orElseGet(() -> NumberSymbol.keyOf(symbol.strip())));
  }

  /**
   * The keys a document of {@code province} is filed under: its own, then those of the units it
   * became part of, in order ({@code Thừa Thiên Huế} → {@code thua thien hue}, {@code hue}).
   */
  public static List<String> provinceKeys(String province) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(provinceKey(province));
    Deque<String> successors = new ArrayDeque<>();
    Provinces.get().lookup(province).ifPresent(p -> successors.addAll(p.successions().values()));
    while (!successors.isEmpty()) {
      String successor = successors.removeFirst();
      if (keys.add(provinceKey(successor))) {
        Provinces.get()
            .lookup(successor)
            .ifPresent(p -> successors.addAll(p.successions().values()));
      }
    }
    keys.remove("");
    return List.copyOf(keys);
  }

  /** The key a province filter compares on: the table name's key when the table knows it. */
  public static String provinceKey(String province) {
    return keywordKey(
        Provinces.get().lookup(province).map(Provinces.Province::name).orElse(province));
  }

  /** A province as a facet shows it: its name in the province table, else {@link #facetLabel}. */
  public static String provinceLabel(String province) {
    return Provinces.get()
        .lookup(province)
        .map(Provinces.Province::name)
        .orElseGet(() -> facetLabel(province));
  }

  /**
   * The {@link #INSTRUMENT} key of a type code and number ({@code CT}, {@code 05} → {@code ct 5});
   * empty when either is missing.
   */
  public static Optional<String> instrumentKey(String typeCode, String number) {
    if (typeCode == null || typeCode.isBlank() || number == null || number.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(keywordKey(typeCode) + " " + number.strip().replaceFirst("^0+(?=\\d)", ""));
  }

  /** The {@link #INSTRUMENT} key of a number-symbol as written, when it has a type code. */
  public static Optional<String> instrumentKey(String symbol) {
    return symbol == null
        ? Optional.empty()
        : NumberSymbol.parse(symbol).flatMap(s -> instrumentKey(s.typeCode(), s.number()));
  }

  /** A value as a facet shows it: one tone placement ({@code Thanh Hoá} is {@code Thanh Hóa}), single spaces. */
  public static String facetLabel(String value) {
    return VietnameseNormalizer.foldTonePlacement(value)
        .strip()
        .replaceAll("\\s+", " ");
  }
}
