package vanban.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import vanban.index.IndexFields;
import vanban.lexicon.DocumentTypes;
import vanban.lexicon.NumberSymbol;
import vanban.lexicon.SymbolQuery;
import vanban.normalize.VietnameseNormalizer;

/**
 * Turns what a user typed into a Lucene query; never throws on any input.
 *
 * <p>Number-symbols are taken out first ({@code 26/CT-TTg}, also typed in lower case), because a
 * query parser would split them into {@code 26 | ct | ttg}: each must match the document's own
 * symbol, a cited symbol, or the symbol's words as a phrase in the text. The rest goes to
 * Lucene's {@link SimpleQueryParser} (quotes for phrases, {@code -} to exclude, {@code |} for or;
 * no syntax errors; fuzzy {@code ~} and prefix {@code *} only when asked for, bounded: {@link
 * BoundedQueryParser}) over the exact text ({@code ^2}), the folded text
 * ({@code ^1}) and the subject (both analyses, boosted), every word required: a document with the
 * exact diacritics matches both text fields and ranks above one that only matches folded. The
 * words {@code AND}, {@code OR}, {@code NOT} in capitals are read as operators.
 */
public final class UserQueryParser {
  /** Words kept from a very long query: six fields each, plus pairs, stay under Lucene's 1024 clauses. */
  static final int MAX_WORDS = 100;

  /** Number-symbols kept from one query. */
  static final int MAX_SYMBOLS = 8;

  private static final Map<String, Float> WEIGHTS = new LinkedHashMap<>();

  static {
    WEIGHTS.put(IndexFields.TEXT, 2f);
    WEIGHTS.put(IndexFields.TEXT_FOLDED, 1f);
    WEIGHTS.put(IndexFields.SUBJECT, 3f);
  }

  /** The weights of a query typed without diacritics: the folded fields only (see {@link #textQuery}). */
  private static final Map<String, Float> FOLDED_WEIGHTS = new LinkedHashMap<>();

  static {
    FOLDED_WEIGHTS.put(IndexFields.TEXT_FOLDED, 1f);
    FOLDED_WEIGHTS.put(IndexFields.SUBJECT_FOLDED, 1.5f);
  }

  /** The weight of two query words standing together ({@link IndexFields#TEXT_BIGRAMS}). */
  private static final float PAIR_BOOST = 1.5f;

  /** Query words from which a missing word costs score, never a tier ({@link #parse(String, boolean)}). */
  static final int LONG_QUERY = 5;

  /** Pairs of neighbouring words looked for in one query. */
  private static final int MAX_PAIRS = 24;

  /** Quotes, operators, brackets and prefixes of SimpleQueryParser. */
  private static final Pattern QUERY_SYNTAX = Pattern.compile("[\"|*()]");

  /** An excluded word: {@code -rượu}. */
  private static final Pattern NEGATION = Pattern.compile("(?:^|\\s)-\\S");

  /** What separates runs of plain words: an operator or a bracket. */
  private static final Pattern PLAIN_RUN = Pattern.compile("[|()+]");

  private static final float SYMBOL_BOOST = 4f;
  private static final float CITES_BOOST = 2f;

  /** A whitespace-delimited word: a lower-case number-symbol is one when {@link #DIGIT_SEPARATOR} is in it. */
  private static final Pattern CANDIDATE = Pattern.compile("\\S+");

  /** A digit, then a separator: {@code 26/}, {@code 29-}. */
  private static final Pattern DIGIT_SEPARATOR = Pattern.compile("\\d[-/\u2013]");

  /**
   * A type code before the number, as people type it: {@code CT 26/TTg}, {@code ct 26-tw}; read
   * as {@code 26/CT-TTg}, {@code 26-CT/TW}.
   */
  private static final Pattern TYPE_FIRST =
      Pattern.compile(
          """
          (?<![\\p{L}\\p{N}/\\-])
          (?<code>\\p{L}{1,4}) \\s+ (?<number>\\d{1,5}) \\s?[/-]\\s? (?<issuer>\\p{L}{1,10}\\d{0,2})
          (?![\\p{L}\\p{N}/\\-])
          """,
          Pattern.COMMENTS);

  /** A word of the query, for the lead words of a symbol. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

  /** The longest type name has four words ({@code Thông tư liên tịch} has three). */
  private static final int MAX_TYPE_NAME_WORDS = 4;

  private static final Pattern OPERATOR_AND = Pattern.compile("(?<=^|\\s)AND(?=\\s|$)");
  private static final Pattern OPERATOR_OR = Pattern.compile("(?<=^|\\s)OR(?=\\s|$)");
  private static final Pattern OPERATOR_NOT = Pattern.compile("(?<=^|\\s)NOT\\s+(?=\\S)");

  private final Analyzer analyzer;
  private final QueryBuilder phrases;

  /** A parser analyzing with {@code analyzer}, normally {@link IndexFields#analyzer()}. */
  public UserQueryParser(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.phrases = new QueryBuilder(analyzer);
  }

  /** The query for {@code userQuery}; every document for a blank or null one. */
  public Query parse(String userQuery) {
    return parse(userQuery, false);
  }

  /**
   * The query for {@code userQuery}, with every word required when {@code allWords}, else most of
   * its words ({@link #mostUnitsRequired}); every document for a blank or null one. A query of
   * {@link #LONG_QUERY} words or more is always read with most words: a document that writes one of
   * them differently must be able to outscore those that hold every syllable scattered about.
   * {@link DocumentSearcher} asks a shorter query with all words first, then with most words for
   * what the page still lacks.
   */
  public Query parse(String userQuery, boolean allWords) {
    return parse(userQuery, allWords, false);
  }

  /**
   * {@link #parse(String, boolean)}, reading fuzzy ({@code luat~2}), near ({@code "a b"~3}) and
   * prefix ({@code lu*}) syntax when {@code syntax}, else searching those marks' words as plain
   * text ({@link BoundedQueryParser}).
   */
  public Query parse(String userQuery, boolean allWords, boolean syntax) {
    String query =
        userQuery == null ? "" : Normalizer.normalize(userQuery, Normalizer.Form.NFC).strip();
    if (query.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    Optional<SymbolQuery> partial = SymbolQuery.parse(query).filter(q -> q.symbol() == null);
    if (partial.isPresent()) {
      return partialReference(partial.get(), query);
    }
    Parts parts = split(query);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int added = 0;
    for (NumberSymbol symbol : parts.symbols()) {
      if (added == MAX_SYMBOLS) {
        break;
      }
      all.add(symbolQuery(symbol), Occur.MUST);
      added++;
    }
    String words = operators(limitWords(parts.words()));
    if (!words.isBlank()) {
      Query text = textQuery(words, allWords, syntax);
      if (!(text instanceof MatchNoDocsQuery)) {
        all.add(text, Occur.MUST);
        added++;
      } else if (added == 0) {
        return text;
      }
      // Leftover punctuation beside a symbol (26/CT-TTg !!) has nothing to search: ignored.
    }
    BooleanQuery built = all.build();
    if (built.clauses().isEmpty()) {
      return new MatchNoDocsQuery("nothing searchable");
    }
    return built.clauses().size() == 1 && parts.symbols().isEmpty()
        ? built.clauses().get(0).getQuery()
        : built;
  }

  /**
   * A query split into the number-symbols it names, in order, and the rest for the query parser.
   *
   * @param words the query with each symbol and the words introducing it blanked
   */
  record Parts(List<NumberSymbol> symbols, String words) {}

  /** Splits an NFC query into its number-symbols and the rest. */
  static Parts split(String query) {
    StringBuilder rest = new StringBuilder(query);
    Set<NumberSymbol> symbols = new LinkedHashSet<>();
    List<int[]> found = new ArrayList<>();
    Matcher typeFirst = TYPE_FIRST.matcher(query);
    while (typeFirst.find()) {
      if (DocumentTypes.get().byCode(typeFirst.group("code")).isEmpty()) {
        continue;
      }
      String rebuilt =
          typeFirst.group("number") + "/" + typeFirst.group("code") + "-" + typeFirst.group("issuer");
      NumberSymbol.parse(rebuilt)
          .ifPresent(
              symbol -> {
                symbols.add(symbol);
                found.add(new int[] {typeFirst.start(), typeFirst.end()});
              });
    }
    blankAll(rest, found);
    for (NumberSymbol.Match m : NumberSymbol.find(rest)) {
      symbols.add(m.symbol());
      found.add(new int[] {m.start(), m.end()});
      blankLeadWords(rest, m.start(), m.symbol());
    }
    blankAll(rest, found);
    Matcher candidate = CANDIDATE.matcher(rest.toString());
    while (candidate.find()) {
      if (!DIGIT_SEPARATOR.matcher(candidate.group()).find()) {
        continue;
      }
      int start = candidate.start();
      int end = candidate.end();
      // Quotes and brackets around a symbol belong to the query syntax, not to the symbol.
      while (start < end && !Character.isLetterOrDigit(rest.charAt(start))) {
        start++;
      }
      while (end > start && !Character.isLetterOrDigit(rest.charAt(end - 1))) {
        end--;
      }
      Optional<NumberSymbol> symbol = NumberSymbol.parse(rest.substring(start, end));
      if (symbol.isPresent()) {
        symbols.add(symbol.get());
        found.add(new int[] {start, end});
        blankLeadWords(rest, start, symbol.get());
      }
    }
    blankAll(rest, found);
    return new Parts(List.copyOf(symbols), rest.toString());
  }

  /**
   * A reference without its issuer ({@code Chỉ thị 26}, {@code chỉ thị số 26}): every document
   * that is or cites an instrument of that type and number (DOMAIN §2: three different instruments
   * are "Chỉ thị 26" in the seeds), or that writes the reference in its text.
   */
  private Query partialReference(SymbolQuery partial, String query) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    IndexFields.instrumentKey(partial.typeCode(), partial.number())
        .ifPresent(
            key ->
                any.add(
                    new BoostQuery(new TermQuery(new Term(IndexFields.INSTRUMENT, key)), CITES_BOOST),
                    Occur.SHOULD));
    String typeName =
        query.strip().substring(0, query.strip().length() - partial.number().length())
            .replaceFirst("(?i)\\s*(số|so)\\s*:?\\s*$", "");
    for (String writing : List.of(typeName + " " + partial.number(), typeName + " số " + partial.number())) {
      Query phrase = phrases.createPhraseQuery(IndexFields.TEXT_FOLDED, writing);
      if (phrase != null) {
        any.add(phrase, Occur.SHOULD);
      }
    }
    return any.build();
  }

  /** One number-symbol: the document's own, a cited one, or its words in sequence in the text. */
  private Query symbolQuery(NumberSymbol symbol) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new BoostQuery(new TermQuery(new Term(IndexFields.SYMBOL, symbol.key())), SYMBOL_BOOST), Occur.SHOULD);
    any.add(new BoostQuery(new TermQuery(new Term(IndexFields.CITES, symbol.key())), CITES_BOOST), Occur.SHOULD);
    // Leading zeros are kept in writing and ignored for matching: 05-CT/TW is also written 5-CT/TW.
    Set<String> writings = new LinkedHashSet<>();
    writings.add(symbol.canonical());
    writings.add(symbol.canonical().replaceFirst("^0+(?=\\d)", ""));
    for (String writing : writings) {
      for (String field : List.of(IndexFields.TEXT, IndexFields.TEXT_FOLDED)) {
        Query phrase = phrases.createPhraseQuery(field, writing);
        if (phrase != null) {
          any.add(phrase, Occur.SHOULD);
        }
      }
    }
    return any.build();
  }

  /**
   * The words of the query, parsed over the text and subject fields with their abbreviations and
   * numerals as alternatives ({@link QueryExpansions}), most words required, plus a bonus for each
   * pair of query words found adjacent in a document.
   *
   * <p>A query typed without any diacritic searches the folded fields only, every word required:
   * its words are rare in the exact field, where they come from OCR damage and unaccented noise,
   * and would weigh most there; and a folded syllable stands for several words ({@code co} is có,
   * cơ, cỏ…), so letting one go would match most of a large corpus. {@link DocumentSearcher}
   * searches its restored accented form first, where most words are enough. A query with an operator ({@code AND}, {@code OR}, {@code NOT}, {@code |}, {@code +},
   * {@code -}) keeps every other word required, as typed (SimpleQueryParser drops an exclusion
   * among optional words).
   */
  private Query textQuery(String words, boolean allWords, boolean syntax) {
    boolean accented = VietnameseNormalizer.hasDiacritics(words);
    // Operators typed (AND, OR, |, +) mean every other word is meant as typed: all required.
    boolean explicitOr = words.contains("|") || words.contains("+") || NEGATION.matcher(words).find();
    SimpleQueryParser parser =
        new BoundedQueryParser(analyzer, accented ? WEIGHTS : FOLDED_WEIGHTS, syntax);
    Query core;
    try {
      String expanded = QueryExpansions.get().expand(words);
      // A long query lets a word go even when all words are asked for: see parse(String, boolean).
      boolean relaxed =
          !explicitOr && accented && (!allWords || units(expanded).size() >= LONG_QUERY);
      parser.setDefaultOperator(relaxed ? Occur.SHOULD : Occur.MUST);
      core = relaxed ? mostUnitsRequired(parser, expanded) : parser.parse(expanded);
    } catch (RuntimeException e) {
      // SimpleQueryParser is documented never to throw on syntax; this guards the analysis chain.
      return new MatchNoDocsQuery("unparsable: " + e.getMessage());
    }
    if (core == null) {
      return new MatchNoDocsQuery("nothing searchable");
    }
    List<Query> pairs = adjacentPairs(words, accented);
    if (pairs.isEmpty()) {
      return core;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(core, Occur.MUST);
    pairs.forEach(p -> all.add(p, Occur.SHOULD));
    return all.build();
  }

  /**
   * Each word, {@code "phrase"} or {@code (group of alternatives)} of {@code expanded} parsed on
   * its own, all but a quarter of them required: a relevant document that writes one word of a long
   * query differently ({@code phong trào thi đua} against {@code các đợt thi đua}) loses rank, not
   * its place. Up to three, all are required. Null when nothing is searchable.
   */
  static Query mostUnitsRequired(SimpleQueryParser parser, String expanded) {
    List<Query> units = new ArrayList<>();
    for (String unit : units(expanded)) {
      Query q = parser.parse(unit);
      if (q != null && !(q instanceof MatchNoDocsQuery)) {
        units.add(q);
      }
    }
    if (units.isEmpty()) {
      return null;
    }
    if (units.size() == 1) {
      return units.get(0);
    }
    int n = units.size();
    int required = n <= 3 ? n : n - Math.max(1, n / 4);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    // Every unit required is a plain conjunction, as Solr and the tiers write it too.
    units.forEach(q -> b.add(q, required == n ? Occur.MUST : Occur.SHOULD));
    if (required < n) {
      b.setMinimumNumberShouldMatch(required);
    }
    return b.build();
  }

  /** The top-level units of a query: words, quoted phrases and bracketed groups. */
  static List<String> units(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder unit = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth = Math.max(0, depth - 1);
      }
      if (Character.isWhitespace(c) && depth == 0 && !quoted) {
        if (!unit.isEmpty()) {
          out.add(unit.toString());
          unit.setLength(0);
        }
      } else {
        unit.append(c);
      }
    }
    if (!unit.isEmpty()) {
      out.add(unit.toString());
    }
    return out;
  }

  /**
   * A term of the syllable-pair field ({@link IndexFields#TEXT_BIGRAMS}) for each pair of
   * neighbouring words the person typed outside quotes ({@code báo cáo viên} → {@code báo cáo},
   * {@code cáo viên}): Vietnamese words are several syllables, and a document where they stand
   * together is about the query's words, not about each syllable. Only for a query with diacritics:
   * one without is searched in its restored accented form, which has them.
   */
  private List<Query> adjacentPairs(String words, boolean accented) {
    List<Query> out = new ArrayList<>();
    if (!accented) {
      return out;
    }
    for (String run : PLAIN_RUN.split(words.replaceAll("\"[^\"]*\"?|(?<=^|\\s)-\\S+", " | "))) {
      String[] w = run.strip().split("\\s+");
      for (int i = 0; i + 1 < w.length && out.size() < MAX_PAIRS; i++) {
        Query pair = phrases.createBooleanQuery(IndexFields.TEXT_BIGRAMS, w[i] + " " + w[i + 1]);
        if (pair instanceof TermQuery) {
          out.add(new BoostQuery(pair, PAIR_BOOST));
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code query} is plain words, which a restored accented form may stand for: no
   * number-symbol ({@link #DIGIT_SEPARATOR}), quotes, operators, brackets, prefix or exclusion,
   * all of which are searched as typed.
   */
  static boolean isPlainWords(String query) {
    return !DIGIT_SEPARATOR.matcher(query).find()
        && !QUERY_SYNTAX.matcher(query).find()
        && !NEGATION.matcher(query).find();
  }

  /** The query cut after {@link #MAX_WORDS} analyzed words, so it stays under the clause limit. */
  private String limitWords(String text) {
    try (TokenStream ts = analyzer.tokenStream(IndexFields.TEXT, text)) {
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int count = 0;
      int end = text.length();
      while (ts.incrementToken()) {
        if (++count == MAX_WORDS) {
          end = offset.endOffset();
          break;
        }
      }
      ts.end();
      return text.substring(0, Math.min(end, text.length()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code AND}, {@code OR}, {@code NOT} as SimpleQueryParser's operators. */
  private static String operators(String text) {
    String s = OPERATOR_AND.matcher(text).replaceAll(" + ");
    s = OPERATOR_OR.matcher(s).replaceAll("|");
    return OPERATOR_NOT.matcher(s).replaceAll("-");
  }

  /**
   * Blanks what introduces the symbol at {@code start}: {@code số}, {@code Số:} and the name of
   * its type ({@code chi thi 26/CT-TTg}, {@code Công văn số 907/UBND-NV}). Those words are part of
   * the reference, not words the text must contain elsewhere.
   */
  private static void blankLeadWords(StringBuilder text, int start, NumberSymbol symbol) {
    List<int[]> words = new ArrayList<>();
    Matcher word = WORD.matcher(text.substring(0, start));
    while (word.find()) {
      words.add(new int[] {word.start(), word.end()});
    }
    int last = words.size();
    String previous = last == 0 ? "" : text.substring(words.get(last - 1)[0], words.get(last - 1)[1]);
    if (IndexFields.keywordKey(previous).equals("so")) {
      last--;
    }
    for (int k = Math.min(MAX_TYPE_NAME_WORDS, last); k >= 1; k--) {
      int from = words.get(last - k)[0];
      int to = words.get(last - 1)[1];
      Optional<DocumentTypes.DocumentType> type = DocumentTypes.get().byName(text.substring(from, to));
      if (type.isPresent()
          && (symbol.typeCode() == null || type.get().code().equalsIgnoreCase(symbol.typeCode()))) {
        last -= k;
        break;
      }
    }
    if (last < words.size()) {
      blank(text, words.get(last)[0], start);
    }
  }

  private static void blankAll(StringBuilder text, List<int[]> ranges) {
    for (int[] range : ranges) {
      blank(text, range[0], range[1]);
    }
  }

  private static void blank(StringBuilder text, int start, int end) {
    for (int i = start; i < end; i++) {
      text.setCharAt(i, ' ');
    }
  }
}
