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
import vanban.lexicon.NumberSymbol;

/**
 * Turns what a user typed into a Lucene query; never throws on any input.
 *
 * <p>Number-symbols are taken out first ({@code 26/CT-TTg}, also typed in lower case), because a
 * query parser would split them into {@code 26 | ct | ttg}: each must match the document's own
 * symbol, a cited symbol, or the symbol's words as a phrase in the text. The rest goes to
 * Lucene's {@link SimpleQueryParser} (quotes for phrases, {@code -} to exclude, {@code |} for or,
 * {@code *} for a prefix; no syntax errors) over the exact text ({@code ^2}), the folded text
 * ({@code ^1}) and the subject (both analyses, boosted), every word required: a document with the
 * exact diacritics matches both text fields and ranks above one that only matches folded. The
 * words {@code AND}, {@code OR}, {@code NOT} in capitals are read as operators.
 */
public final class UserQueryParser {
  /** Words kept from a very long query: four fields each stay under Lucene's 1024 clauses. */
  static final int MAX_WORDS = 150;

  /** Number-symbols kept from one query. */
  static final int MAX_SYMBOLS = 8;

  private static final Map<String, Float> WEIGHTS = new LinkedHashMap<>();

  static {
    WEIGHTS.put(IndexFields.TEXT, 2f);
    WEIGHTS.put(IndexFields.TEXT_FOLDED, 1f);
    WEIGHTS.put(IndexFields.SUBJECT, 3f);
    WEIGHTS.put(IndexFields.SUBJECT_FOLDED, 1.5f);
  }

  private static final float SYMBOL_BOOST = 4f;
  private static final float CITES_BOOST = 2f;

  /** A whitespace-delimited word that may be a lower-case number-symbol: a digit, then a separator. */
  private static final Pattern CANDIDATE = Pattern.compile("\\S*\\d[-/\u2013]\\S*");

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
    String query =
        userQuery == null ? "" : Normalizer.normalize(userQuery, Normalizer.Form.NFC).strip();
    if (query.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    StringBuilder rest = new StringBuilder(query);
    Set<NumberSymbol> symbols = new LinkedHashSet<>();
    for (NumberSymbol.Match m : NumberSymbol.find(query)) {
      symbols.add(m.symbol());
      blank(rest, m.start(), m.end());
    }
    Matcher candidate = CANDIDATE.matcher(rest);
    List<int[]> typed = new ArrayList<>();
    while (candidate.find()) {
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
        typed.add(new int[] {start, end});
      }
    }
    for (int[] range : typed) {
      blank(rest, range[0], range[1]);
    }

    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;
    for (NumberSymbol symbol : symbols) {
      if (clauses++ == MAX_SYMBOLS) {
        break;
      }
      all.add(symbolQuery(symbol), Occur.MUST);
    }
    String words = operators(limitWords(rest.toString()));
    if (!words.isBlank()) {
      Query text = textQuery(words);
      if (text instanceof MatchNoDocsQuery && clauses == 0) {
        return text;
      }
      if (!(text instanceof MatchNoDocsQuery)) {
        all.add(text, Occur.MUST);
        clauses++;
      }
    }
    BooleanQuery built = all.build();
    return built.clauses().isEmpty() ? new MatchNoDocsQuery("nothing searchable") : built;
  }

  /** One number-symbol: the document's own, a cited one, or its words in sequence in the text. */
  private Query symbolQuery(NumberSymbol symbol) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new BoostQuery(new TermQuery(new Term(IndexFields.SYMBOL, symbol.key())), SYMBOL_BOOST), Occur.SHOULD);
    any.add(new BoostQuery(new TermQuery(new Term(IndexFields.CITES, symbol.key())), CITES_BOOST), Occur.SHOULD);
    for (String field : List.of(IndexFields.TEXT, IndexFields.TEXT_FOLDED)) {
      Query phrase = phrases.createPhraseQuery(field, symbol.canonical());
      if (phrase != null) {
        any.add(phrase, Occur.SHOULD);
      }
    }
    return any.build();
  }

  private Query textQuery(String words) {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS);
    parser.setDefaultOperator(Occur.MUST);
    try {
      Query q = parser.parse(words);
      return q == null ? new MatchNoDocsQuery("nothing searchable") : q;
    } catch (RuntimeException e) {
      // SimpleQueryParser is documented never to throw on syntax; this guards the analysis chain.
      return new MatchNoDocsQuery("unparsable: " + e.getMessage());
    }
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
    String s = OPERATOR_AND.matcher(text).replaceAll(" ");
    s = OPERATOR_OR.matcher(s).replaceAll("|");
    return OPERATOR_NOT.matcher(s).replaceAll("-");
  }

  private static void blank(StringBuilder text, int start, int end) {
    for (int i = start; i < end; i++) {
      text.setCharAt(i, ' ');
    }
  }
}
