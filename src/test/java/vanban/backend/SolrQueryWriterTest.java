package vanban.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vanban.index.IndexFields;
import vanban.index.VietnameseAnalyzer;
import vanban.index.VietnameseFoldingAnalyzer;
import vanban.normalize.VietnameseNormalizer;
import vanban.search.DocumentSearcher;
import vanban.search.SearchRequest;

/** Lucene queries as Solr parameters; what the cluster test checks Solr reads back. */
class SolrQueryWriterTest {
  private static TermQuery term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(term("text", "kỷ"), "{!term f=text v=$t0}", List.of(), Map.of("t0", "kỷ")),
        Arguments.of(
            term("symbol", "26/ct-ttg"),
            "{!term f=symbol v=$t0}",
            List.of(),
            Map.of("t0", "26/ct-ttg")),
        Arguments.of(
            new BoostQuery(term("text", "kỷ"), 2f),
            "({!term f=text v=$t0})^2.0",
            List.of(),
            Map.of("t0", "kỷ")),
        Arguments.of(
            new BooleanQuery.Builder()
                .add(term("text", "a"), Occur.MUST)
                .add(term("text", "b"), Occur.SHOULD)
                .add(term("text", "c"), Occur.MUST_NOT)
                .build(),
            "(+{!term f=text v=$t0} {!term f=text v=$t1} -{!term f=text v=$t2})",
            List.of(),
            Map.of("t0", "a", "t1", "b", "t2", "c")),
        Arguments.of(
            new PhraseQuery("text_folded", "26", "ct", "ttg"),
            "{!field f=text_folded v=$t0}",
            List.of(),
            Map.of("t0", "26 ct ttg")),
        Arguments.of(
            new PrefixQuery(new Term("text", "chín")),
            "{!prefix f=text v=$t0}",
            List.of(),
            Map.of("t0", "chín")),
        Arguments.of(new MatchAllDocsQuery(), "*:*", List.of(), Map.of()),
        Arguments.of(new MatchNoDocsQuery(), "(*:* -*:*)", List.of(), Map.of()),
        // Lucene matches nothing with only negative clauses; Solr would add *:* to them.
        Arguments.of(
            new BooleanQuery.Builder().add(term("text", "a"), Occur.MUST_NOT).build(),
            "(*:* -*:*)",
            List.of(),
            Map.of()),
        // Top-level filters become fq; one remaining MUST clause is the query itself.
        Arguments.of(
            new BooleanQuery.Builder()
                .add(term("text", "a"), Occur.MUST)
                .add(term("province", "hue"), Occur.FILTER)
                .add(LongPoint.newRangeQuery("date", 18262, Long.MAX_VALUE), Occur.FILTER)
                .build(),
            "{!term f=text v=$t1}",
            List.of("{!term f=province v=$t0}", "date:[18262 TO *]"),
            Map.of("t0", "hue", "t1", "a")));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void writesEachKindOfQuery(
      Query query, String q, List<String> filters, Map<String, String> values) {
    SolrQueryWriter.Params params = SolrQueryWriter.write(query);
    assertThat(params.q()).isEqualTo(q);
    assertThat(params.filters()).isEqualTo(filters);
    assertThat(params.values()).isEqualTo(values);
  }

  @Test
  void refusesWhatItCannotWriteFaithfully() {
    assertThatThrownBy(() -> SolrQueryWriter.write(new FuzzyQuery(new Term("text", "a"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SolrQueryWriter.write(new PhraseQuery(2, "text", "a", "b")))
        .isInstanceOf(IllegalArgumentException.class);
    Query nestedFilter =
        new BooleanQuery.Builder()
            .add(
                new BooleanQuery.Builder().add(term("text", "a"), Occur.FILTER).build(), Occur.MUST)
            .build();
    assertThatThrownBy(() -> SolrQueryWriter.write(nestedFilter))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Every query the searcher builds from what users type has a Solr form. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "kỷ luật",
        "\"kỷ luật\"",
        "26/CT-TTg",
        "CT 26/TTg",
        "Chỉ thị 26",
        "a -b",
        "a | b",
        "hành*",
        "AND OR NOT",
        "\"",
        "((",
        "~1 ^2",
        "{!term f=source v=x}",
        "",
        "   "
      })
  void everyUserQueryIsWritable(String typed) {
    SearchRequest request = new SearchRequest(typed, 10, "Huế", "CT", null, null, false);
    assertThat(SolrQueryWriter.write(DocumentSearcher.query(request)).q()).isNotBlank();
  }

  /**
   * A phrase goes to Solr as its analyzed words, which the field's analyzer reads again: each word
   * of the corpus must come back as itself, alone.
   */
  @Test
  void analyzedWordsOfTheCorpusAnalyzeToThemselves() throws IOException {
    for (Analyzer analyzer : List.of(new VietnameseAnalyzer(), new VietnameseFoldingAnalyzer())) {
      TreeSet<String> words = new TreeSet<>();
      try (Stream<Path> files = Files.list(Path.of("corpus"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
          String text = new VietnameseNormalizer().normalize(Files.readString(file)).text();
          words.addAll(tokens(analyzer, text));
        }
      }
      assertThat(words).hasSizeGreaterThan(500);
      List<String> changed = new ArrayList<>();
      for (String word : words) {
        List<String> again = tokens(analyzer, word);
        if (!again.equals(List.of(word))) {
          changed.add(word + " → " + again);
        }
      }
      assertThat(changed).as(analyzer.getClass().getSimpleName()).isEmpty();
    }
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(IndexFields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
