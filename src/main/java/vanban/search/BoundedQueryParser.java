package vanban.search;

import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's {@link SimpleQueryParser} with the expensive syntax switched off unless asked for.
 *
 * <p>Without {@code syntax}, {@code luat~2} (fuzzy), {@code "a b"~3} (near) and {@code lu*}
 * (prefix) are plain text: the analyzer keeps their words and drops the marks. With it, each fuzzy
 * or prefix term stands for at most {@link #MAX_EXPANSIONS} index terms, the most frequent ones, so
 * that one typed word cannot become thousands of clauses. Quotes, {@code -}, {@code |}, {@code +}
 * and brackets are always read.
 */
final class BoundedQueryParser extends SimpleQueryParser {
  /** Index terms one fuzzy or prefix term may stand for. */
  static final int MAX_EXPANSIONS = 50;

  private static final int PLAIN =
      AND_OPERATOR
          | NOT_OPERATOR
          | OR_OPERATOR
          | PHRASE_OPERATOR
          | PRECEDENCE_OPERATORS
          | ESCAPE_OPERATOR
          | WHITESPACE_OPERATOR;

  private static final int WITH_SYNTAX = PLAIN | FUZZY_OPERATOR | NEAR_OPERATOR | PREFIX_OPERATOR;

  private final Map<String, Float> weights;

  BoundedQueryParser(Analyzer analyzer, Map<String, Float> weights, boolean syntax) {
    super(analyzer, weights, syntax ? WITH_SYNTAX : PLAIN);
    this.weights = weights;
  }

  @Override
  protected Query newFuzzyQuery(String text, int fuzziness) {
    return overFields(
        text,
        term ->
            new FuzzyQuery(
                term,
                fuzziness,
                FuzzyQuery.defaultPrefixLength,
                MAX_EXPANSIONS,
                FuzzyQuery.defaultTranspositions));
  }

  @Override
  protected Query newPrefixQuery(String text) {
    return overFields(
        text,
        term ->
            new PrefixQuery(
                term, new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS)));
  }

  /** {@code make}'s query of {@code text} in each weighted field, any of them matching. */
  private Query overFields(String text, Function<Term, Query> make) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Map.Entry<String, Float> field : weights.entrySet()) {
      BytesRef normalized = getAnalyzer().normalize(field.getKey(), text);
      Query q = make.apply(new Term(field.getKey(), normalized));
      any.add(field.getValue() == 1f ? q : new BoostQuery(q, field.getValue()), Occur.SHOULD);
    }
    return simplify(any.build());
  }
}
