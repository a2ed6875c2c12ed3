package vanban.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.compare.MatrixExport;
import vanban.compare.SimilarObligationFinder;
import vanban.compare.ThemeMatrix;
import vanban.crossref.CitationGraph;
import vanban.crossref.CitingSentences;
import vanban.crossref.GraphWriter;
import vanban.generate.CorpusGenerator;
import vanban.generate.PlantedDocument;
import vanban.index.DocumentIndexer;
import vanban.model.ExtractionRecord;
import vanban.model.Obligation;
import vanban.model.Span;
import vanban.pipeline.Pipeline;
import vanban.pipeline.ProcessedDocument;
import vanban.resolve.CitationResolver;
import vanban.search.DocumentSearcher;
import vanban.search.SearchRequest;
import vanban.search.SearchResults;

/**
 * Jackson ({@link Json}) writes what the hand-written writer vanban had before issue #16 wrote:
 * the same JSON tree and the same text, compact and indented, for every record of the bundled
 * corpus and of a generated one, and for what the CLI and the HTTP API print about them (search
 * hits with scores and highlight spans, the citation graph, cites and refs answers, the theme
 * matrix with similarity scores, the planted truth). And what the old writer wrote — the records
 * stored in existing indexes — reads back through Jackson as the same records.
 */
class JsonEquivalenceTest {
  @TempDir static Path work;
  static final Map<String, Object> values = new LinkedHashMap<>();
  static final List<ExtractionRecord> records = new ArrayList<>();
  static List<PlantedDocument> planted;

  @BeforeAll
  static void build() throws Exception {
    Pipeline pipeline = new Pipeline(Pipeline.DEFAULT_MAX_BYTES);
    Map<String, String> texts = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        ProcessedDocument d = pipeline.process(f, Pipeline.sourceName(f));
        records.add(d.record());
        texts.put(d.record().source(), d.text().text());
      }
    }
    Path generated = work.resolve("generated");
    planted = new CorpusGenerator(60, 16).write(generated);
    for (PlantedDocument t : planted) {
      ProcessedDocument d = pipeline.process(generated.resolve(t.file()), t.file());
      records.add(d.record());
      texts.put(d.record().source(), d.text().text());
    }
    List<ExtractionRecord> resolved = CitationResolver.resolve(records);
    records.clear();
    records.addAll(resolved);

    Path index = work.resolve("index");
    try (DocumentIndexer indexer = DocumentIndexer.open(index)) {
      for (ExtractionRecord r : records) {
        indexer.upsert(r, texts.get(r.source()), null);
      }
      indexer.commit();
    }
    try (DocumentSearcher searcher = DocumentSearcher.open(index)) {
      for (String q : List.of("kỷ luật kỷ cương", "ky luat", "\"chuyển đổi số\"", "26/CT-TTg", "báo cáo")) {
        SearchResults found = searcher.search(new SearchRequest(q, 10, null, null, null, null, true));
        values.put("search " + q, found);
        found.hits().forEach(h -> values.put("hit " + q + " " + h.source(), h));
      }
      for (ExtractionRecord stored : searcher.all()) {
        values.put("stored " + stored.source(), stored);
      }
    }

    CitationGraph graph = CitationGraph.build(records, s -> Optional.ofNullable(texts.get(s)));
    values.put("graph", GraphWriter.graph(graph));
    values.put("cites top", graph.top(15));
    for (ExtractionRecord r : records) {
      values.put("record " + r.source(), r);
      graph.refs(r.source()).ifPresent(refs -> values.put("refs " + r.source(), refs));
      List<List<Object>> rows = new ArrayList<>();
      for (CitingSentences.Sentence s : CitingSentences.of(r.citations(), texts.get(r.source()))) {
        rows.add(List.of(s.text(), s.highlight().start(), s.highlight().end()));
      }
      values.put("sentences " + r.source(), rows);
    }
    TreeSet<String> themes = new TreeSet<>();
    records.forEach(r -> r.obligations().forEach(o -> themes.addAll(o.themes())));
    values.put(
        "compare",
        MatrixExport.json(
            ThemeMatrix.of(records, List.copyOf(themes)), new SimilarObligationFinder(0.5).find(records)));
    planted.forEach(p -> values.put("planted " + p.file(), p));

    Map<String, Object> edges = new LinkedHashMap<>();
    edges.put("whole double", 3.0);
    edges.put("fraction", 0.1 + 0.2);
    edges.put("large", 1e20);
    edges.put("tiny", 1.5e-7);
    edges.put("nan", Double.NaN);
    edges.put("infinite", Float.NEGATIVE_INFINITY);
    edges.put("float", 0.1f);
    edges.put("whole float", 2f);
    edges.put("long", Long.MIN_VALUE);
    edges.put("ints", new int[] {1, 2, 3});
    edges.put("spans", List.of(new Span(0, 4), new Span(7, 7)));
    edges.put("empty list", List.of());
    edges.put("empty map", Map.of());
    edges.put("date", LocalDate.of(2030, 12, 31));
    edges.put("text", "Kính gửi: \"Sở\" \\ tab\tline\nret\r\b\f\u2028\u2029 ẩ ỷ 🙂 </script>");
    edges.put("null", null);
    edges.put("empty obligation", new Obligation("must", null, "", "", null, null, null, null, List.of(), new Span(1, 2)));
    edges.put("nested", List.of(List.of(), List.of(Map.of("k", List.of(1, 2)))));
    values.put("edge cases", edges);
  }

  @Test
  void coversTheCorpusAndGeneratedDocuments() {
    assertThat(records).hasSizeGreaterThanOrEqualTo(65);
    assertThat(records.stream().map(ExtractionRecord::source))
        .contains("corpus/001_7e46c23dc3c449d0.txt", planted.get(0).file());
    assertThat(records.stream().flatMap(r -> r.citations().stream()).filter(c -> c.resolvedTo() != null))
        .isNotEmpty();
    assertThat(values.keySet()).anyMatch(k -> k.startsWith("hit "));
    assertThat(values.keySet()).anyMatch(k -> k.startsWith("refs "));
  }

  @Test
  void compactIsTheSameTreeAndText() {
    assertSameOutput(HandWrittenJsonWriter::compact, Json::compact);
  }

  @Test
  void prettyIsTheSameTreeAndText() {
    assertSameOutput(HandWrittenJsonWriter::pretty, Json::pretty);
  }

  private static void assertSameOutput(Function<Object, String> old, Function<Object, String> now) {
    for (Map.Entry<String, Object> e : values.entrySet()) {
      String before = old.apply(e.getValue());
      String after = now.apply(e.getValue());
      assertThat(Json.tree(after)).as(e.getKey()).isEqualTo(Json.tree(before));
      assertThat(after).as(e.getKey()).isEqualTo(before);
    }
  }

  @Test
  void whatTheOldWriterStoredReadsBackAsTheSameRecords() {
    for (ExtractionRecord r : records) {
      assertThat(Json.read(HandWrittenJsonWriter.compact(r), ExtractionRecord.class)).isEqualTo(r);
      assertThat(Json.read(HandWrittenJsonWriter.pretty(r), ExtractionRecord.class)).isEqualTo(r);
    }
    for (PlantedDocument p : planted) {
      assertThat(Json.read(HandWrittenJsonWriter.compact(p), PlantedDocument.class)).isEqualTo(p);
    }
  }

  @Test
  void treesTellNumbersApartButNotKeyOrderSoTheTextIsComparedToo() {
    // The comparison means something only if the trees differ when the outputs do.
    assertThat(Json.tree("{\"a\":[1,2]}")).isNotEqualTo(Json.tree("{\"a\":[1,2.0]}"));
    assertThat(Json.tree("{\"a\":1,\"b\":2}")).isEqualTo(Json.tree("{\"b\":2,\"a\":1}"));
    assertThat(Arrays.asList(Json.compact(List.of(1)), Json.pretty(Map.of()))).containsExactly("[1]", "{}");
  }
}
