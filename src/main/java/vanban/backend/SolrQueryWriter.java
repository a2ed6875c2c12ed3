package vanban.backend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Writes a Lucene query as Solr request parameters that Solr's standard query parser reads back
 * into the same query: same clauses, same boosts, same terms.
 *
 * <p>Terms and prefixes go in as {@code {!term f=F v=$tN}} and {@code {!prefix f=F v=$tN}} with the
 * value in its own parameter, so no query syntax or analysis touches them. A phrase goes in quoted
 * ({@code text:"26 ct ttg"}) and is analyzed again by the field's analyzer, which returns analyzed
 * terms unchanged (tested over the corpus vocabulary). The top-level {@code FILTER} clauses become
 * {@code fq} parameters: they do not score in either form.
 *
 * <p>Example: {@code +(text:kỷ)^2.0 #province:hue} is {@code q=+({!term f=text v=$t0})^2.0}, {@code
 * fq={!term f=province v=$t1}}, {@code t0=kỷ}, {@code t1=hue}.
 */
final class SolrQueryWriter {
  /**
   * The parameters of one query.
   *
   * @param q the scoring query, standard syntax
   * @param filters one {@code fq} per top-level filter
   * @param values the term values the queries dereference ({@code t0} → {@code kỷ})
   */
  record Params(String q, List<String> filters, Map<String, String> values) {}

  /** Solr's syntax for a query matching nothing (a pure negative clause would be widened). */
  private static final String NOTHING = "(*:* -*:*)";

  private final Map<String, String> values = new LinkedHashMap<>();

  private SolrQueryWriter() {}

  /**
   * The parameters for {@code query}.
   *
   * @throws IllegalArgumentException for a kind of query the writer does not know (a bug: the query
   *     parser produced something new)
   */
  static Params write(Query query) {
    SolrQueryWriter writer = new SolrQueryWriter();
    List<String> filters = new ArrayList<>();
    Query scoring = query;
    if (query instanceof BooleanQuery bq
        && bq.clauses().stream().anyMatch(c -> c.getOccur() == Occur.FILTER)) {
      BooleanQuery.Builder rest = new BooleanQuery.Builder();
      rest.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      for (BooleanClause c : bq.clauses()) {
        if (c.getOccur() == Occur.FILTER) {
          filters.add(writer.write(c.getQuery(), true));
        } else {
          rest.add(c);
        }
      }
      BooleanQuery built = rest.build();
      boolean onlyMust =
          built.clauses().size() == 1 && built.clauses().get(0).getOccur() == Occur.MUST;
      if (built.clauses().isEmpty()) {
        throw new IllegalArgumentException("a query of filters only scores 0: " + query);
      }
      scoring = onlyMust ? built.clauses().get(0).getQuery() : built;
    }
    String q = writer.write(scoring, true);
    return new Params(q, List.copyOf(filters), Map.copyOf(writer.values));
  }

  private String write(Query query, boolean top) {
    if (query instanceof TermQuery t) {
      return local("term", t.getTerm());
    }
    if (query instanceof PrefixQuery p) {
      return local("prefix", p.getPrefix());
    }
    if (query instanceof BoostQuery b) {
      return "(" + write(b.getQuery(), false) + ")^" + b.getBoost();
    }
    if (query instanceof MatchAllDocsQuery) {
      return "*:*";
    }
    if (query instanceof MatchNoDocsQuery) {
      return NOTHING;
    }
    if (query instanceof PhraseQuery p) {
      return phrase(p);
    }
    if (query instanceof PointRangeQuery r
        && r.getNumDims() == 1
        && r.getBytesPerDim() == Long.BYTES) {
      long lower = LongPoint.decodeDimension(r.getLowerPoint(), 0);
      long upper = LongPoint.decodeDimension(r.getUpperPoint(), 0);
      return r.getField()
          + ":["
          + (lower == Long.MIN_VALUE ? "*" : Long.toString(lower))
          + " TO "
          + (upper == Long.MAX_VALUE ? "*" : Long.toString(upper))
          + "]";
    }
    if (query instanceof BooleanQuery bq) {
      return bool(bq);
    }
    throw new IllegalArgumentException(
        "no Solr form for " + query.getClass().getSimpleName() + ": " + query);
  }

  /** Combinations of optional clauses written for a minimum-should-match (see {@link #atLeast}). */
  private static final int MAX_COMBINATIONS = 64;

  private String bool(BooleanQuery bq) {
    if (bq.getMinimumNumberShouldMatch() > 0) {
      return atLeast(bq);
    }
    boolean positive = bq.clauses().stream().anyMatch(c -> c.getOccur() != Occur.MUST_NOT);
    if (!positive) {
      // Lucene matches nothing here; Solr would add *:* to a purely negative clause.
      return NOTHING;
    }
    List<String> parts = new ArrayList<>();
    for (BooleanClause c : bq.clauses()) {
      String prefix =
          switch (c.getOccur()) {
            case MUST -> "+";
            case MUST_NOT -> "-";
            case SHOULD -> "";
            case FILTER ->
                throw new IllegalArgumentException(
                    "a nested FILTER clause has no Solr form: " + bq);
          };
      parts.add(prefix + write(c.getQuery(), false));
    }
    return "(" + String.join(" ", parts) + ")";
  }

  /**
   * A query with a minimum number of optional clauses to match, which Solr 9's query syntax cannot
   * say: a non-scoring {@code filter(…)} of every choice of that many clauses, beside the clauses
   * themselves for the score — the same documents and scores as Lucene's. More than {@link
   * #MAX_COMBINATIONS} choices are written as every optional clause required.
   */
  private String atLeast(BooleanQuery bq) {
    List<BooleanClause> optional = bq.clauses().stream().filter(c -> c.getOccur() == Occur.SHOULD).toList();
    int k = bq.getMinimumNumberShouldMatch();
    BooleanQuery.Builder plain = new BooleanQuery.Builder();
    bq.clauses().forEach(plain::add);
    if (k > optional.size()) {
      return NOTHING;
    }
    List<List<Integer>> choices = new ArrayList<>();
    choose(optional.size(), k, 0, new ArrayList<>(), choices);
    if (choices.size() > MAX_COMBINATIONS) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      bq.clauses()
          .forEach(c -> all.add(c.getQuery(), c.getOccur() == Occur.SHOULD ? Occur.MUST : c.getOccur()));
      return bool(all.build());
    }
    List<String> anyChoice = new ArrayList<>();
    for (List<Integer> choice : choices) {
      List<String> required = new ArrayList<>();
      for (int i : choice) {
        required.add("+" + write(optional.get(i).getQuery(), false));
      }
      anyChoice.add("(" + String.join(" ", required) + ")");
    }
    String rest = bool(plain.build());
    return "(+filter(" + String.join(" ", anyChoice) + ") " + rest.substring(1, rest.length() - 1) + ")";
  }

  /** Every choice of {@code k} of {@code 0..n-1} from {@code from} on, in order. */
  private static void choose(int n, int k, int from, List<Integer> chosen, List<List<Integer>> out) {
    if (chosen.size() == k) {
      out.add(List.copyOf(chosen));
      return;
    }
    for (int i = from; i < n && out.size() <= MAX_COMBINATIONS; i++) {
      chosen.add(i);
      choose(n, k, i + 1, chosen, out);
      chosen.remove(chosen.size() - 1);
    }
  }

  private String phrase(PhraseQuery p) {
    if (p.getSlop() != 0) {
      throw new IllegalArgumentException("sloppy phrase not written: " + p);
    }
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < terms.length; i++) {
      if (positions[i] != positions[0] + i) {
        throw new IllegalArgumentException("phrase with gaps not written: " + p);
      }
      if (i > 0) {
        words.append(' ');
      }
      words.append(terms[i].text());
    }
    String field = terms.length == 0 ? null : terms[0].field();
    if (field == null) {
      return NOTHING;
    }
    return local("field", new Term(field, words.toString()));
  }

  /** {@code {!parser f=FIELD v=$tN}}, the value in parameter {@code tN}. */
  private String local(String parser, Term term) {
    String name = "t" + values.size();
    values.put(name, term.text());
    return "{!" + parser + " f=" + term.field() + " v=$" + name + "}";
  }
}
