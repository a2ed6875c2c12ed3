package vanban.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.batch.IndexJob;
import vanban.crossref.CitationGraph;
import vanban.crossref.CitedInstrument;
import vanban.generate.CorpusGenerator;
import vanban.lexicon.SymbolQuery;
import vanban.model.Citation;
import vanban.model.ExtractionRecord;
import vanban.pipeline.Pipeline;
import vanban.search.DocumentSearcher;

/**
 * {@code cites} and {@code refs} load only the records their answer needs; the answers are those
 * of the whole graph, for every instrument and document of the bundled corpus plus a generated one.
 */
class TargetedGraphTest {
  @TempDir static Path dir;
  static List<ExtractionRecord> all;
  static CitationGraph whole;

  @BeforeAll
  static void index() throws Exception {
    Path generated = dir.resolve("generated");
    new CorpusGenerator(80, 3).write(generated);
    Files.delete(generated.resolve(CorpusGenerator.TRUTH_FILE));
    new IndexJob(dir.resolve("index"), Pipeline.DEFAULT_MAX_BYTES, false)
        .run(List.of(Path.of("corpus"), generated));
    try (DocumentSearcher s = DocumentSearcher.open(dir.resolve("index"))) {
      all = s.all();
      whole = GraphLoader.load(s);
    }
  }

  @Test
  void citesAnswersEqualTheWholeGraphs() throws Exception {
    Set<String> queries = new TreeSet<>();
    for (ExtractionRecord r : all) {
      for (Citation c : r.citations()) {
        if (c.symbol() != null) {
          queries.add(c.symbol());
        }
        if (c.type() != null && c.number() != null) {
          queries.add(c.type() + " " + c.number());
        }
      }
    }
    assertThat(queries).hasSizeGreaterThan(50).contains("48/2018/QĐ-UBND", "Chỉ thị 26");
    try (DocumentSearcher s = DocumentSearcher.open(dir.resolve("index"))) {
      for (String typed : queries) {
        SymbolQuery q = SymbolQuery.parse(typed).orElse(null);
        if (q == null) {
          continue;
        }
        assertThat(GraphLoader.loadCiting(s, q).find(q, null)).as(typed).isEqualTo(whole.find(q, null));
      }
    }
  }

  /**
   * A paged answer: with no limit it is the whole answer; with a limit of 2 each instrument lists
   * the first citing documents of the whole answer, in order, is counted exactly, and keeps every
   * amendment (found from the index's amendment terms, not from the page).
   */
  @Test
  void pagedCitesAnswersArePrefixesOfTheWholeWithExactCounts() throws Exception {
    Set<String> symbols = new TreeSet<>();
    for (ExtractionRecord r : all) {
      for (Citation c : r.citations()) {
        if (c.symbol() != null && SymbolQuery.parse(c.symbol()).map(q -> q.symbol() != null).orElse(false)) {
          symbols.add(c.symbol());
        }
      }
    }
    int cut = 0;
    int several = 0;
    try (DocumentSearcher s = DocumentSearcher.open(dir.resolve("index"))) {
      for (String typed : symbols) {
        SymbolQuery q = SymbolQuery.parse(typed).orElseThrow();
        List<CitedInstrument> expected = whole.find(q, null);
        assertThat(GraphLoader.loadCiting(s, q, Integer.MAX_VALUE).graph().find(q, null))
            .as(typed)
            .isEqualTo(expected);
        // The sentences come stored with the page's records, one per citation.
        DocumentSearcher.Page stored = s.citing(q.symbol().key(), 2);
        assertThat(stored.sentences()).as(typed).hasSameSizeAs(stored.records());
        stored.records().forEach(r -> assertThat(stored.sentences().get(r.source())).hasSameSizeAs(r.citations()));
        GraphLoader.CitingAnswer page = GraphLoader.loadCiting(s, q, 2);
        List<CitedInstrument> paged = page.graph().find(q, null);
        assertThat(paged).as(typed).hasSameSizeAs(expected);
        several += expected.size() > 1 ? 1 : 0;
        for (int i = 0; i < expected.size(); i++) {
          CitedInstrument full = expected.get(i);
          List<String> sources = full.citingSources();
          // The page, then perhaps documents loaded for an amendment that cite it too.
          assertThat(paged.get(i).citingSources())
              .as(typed)
              .startsWith(sources.subList(0, Math.min(2, sources.size())).toArray(String[]::new))
              .isSubsetOf(sources);
          assertThat(paged.get(i).amendments().stream().map(a -> a.instrument().label()).toList())
              .as(typed + " amendments")
              .isEqualTo(full.amendments().stream().map(a -> a.instrument().label()).toList());
          assertThat(GraphLoader.total(paged.get(i), page.totals(), paged))
              .as(typed + " count of " + full.instrument().label())
              .isEqualTo(sources.size());
          cut += sources.size() > paged.get(i).citingSources().size() ? 1 : 0;
        }
      }
    }
    assertThat(cut).as("instruments whose answer was cut to a page").isPositive();
    assertThat(several).as("symbols naming several instruments (provinces, years)").isPositive();
  }

  @Test
  void refsAnswersEqualTheWholeGraphs() throws Exception {
    try (DocumentSearcher s = DocumentSearcher.open(dir.resolve("index"))) {
      for (ExtractionRecord r : all) {
        assertThat(GraphLoader.loadAround(s, r).refs(r.source())).as(r.source()).isEqualTo(whole.refs(r.source()));
      }
    }
  }
}
