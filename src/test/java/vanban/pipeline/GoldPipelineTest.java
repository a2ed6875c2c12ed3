package vanban.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vanban.batch.IndexJob;
import vanban.json.Json;
import vanban.lexicon.NumberSymbol;
import vanban.model.Citation;
import vanban.model.ExtractionRecord;
import vanban.search.DocumentSearcher;

/**
 * The whole pipeline, text alone (no sidecar), held to {@code gold/seeds.json}: every gold
 * {@code document} field, and every cited instrument with its mention count and fields;
 * {@code resolvedTo} as the index stores it.
 */
class GoldPipelineTest {
  @TempDir static Path corpus;

  @SuppressWarnings("unchecked")
  static Stream<Map<String, Object>> seeds() throws Exception {
    Map<String, Object> gold =
        (Map<String, Object>) Json.read(Files.readString(Path.of("src/test/resources/gold/seeds.json")), Object.class);
    return ((List<Map<String, Object>>) gold.get("documents")).stream();
  }

  /** The seed copied alone into a folder, so that no sidecar beside it applies. */
  private static Path textOnly(String source) throws Exception {
    Path copy = corpus.resolve(Path.of(source).getFileName());
    if (!Files.exists(copy)) {
      Files.copy(Path.of(source), copy);
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asTree(Object value) {
    return (Map<String, Object>) Json.read(Json.compact(value), Object.class);
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("seeds")
  void documentFieldsMatchGold(Map<String, Object> seed) throws Exception {
    String source = (String) seed.get("source");
    ExtractionRecord r =
        new Pipeline(Pipeline.DEFAULT_MAX_BYTES).process(textOnly(source), source).record();
    assertThat(r.sha256()).isEqualTo(seed.get("sha256"));
    Map<String, Object> expected = (Map<String, Object>) seed.get("document");
    Map<String, Object> actual = asTree(r.document());
    for (Map.Entry<String, Object> e : expected.entrySet()) {
      assertThat(actual.get(e.getKey())).as(source + " document." + e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(r.supplied()).isEmpty();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("seeds")
  void citedInstrumentsMatchGold(Map<String, Object> seed) throws Exception {
    String source = (String) seed.get("source");
    ExtractionRecord r =
        new Pipeline(Pipeline.DEFAULT_MAX_BYTES).process(textOnly(source), source).record();
    Map<String, List<Citation>> byInstrument = new LinkedHashMap<>();
    for (Citation c : r.citations()) {
      byInstrument.computeIfAbsent(identity(c.symbol(), c.name()), k -> new ArrayList<>()).add(c);
    }
    List<Map<String, Object>> expected = (List<Map<String, Object>>) seed.get("citations");
    assertThat(byInstrument.keySet())
        .as(source + " instruments")
        .containsExactlyInAnyOrderElementsOf(
            expected.stream().map(g -> identity((String) g.get("symbol"), (String) g.get("name"))).toList());
    for (Map<String, Object> g : expected) {
      List<Citation> mentions = byInstrument.get(identity((String) g.get("symbol"), (String) g.get("name")));
      String what = source + " " + (g.get("symbol") != null ? g.get("symbol") : g.get("name"));
      assertThat(mentions.size()).as(what + " mentions").isEqualTo(g.get("mentions"));
      Map<String, Object> first = asTree(mentions.get(0));
      for (String field : List.of("type", "typeCode", "symbol", "issuer", "scope", "date", "name")) {
        if (g.containsKey(field)) {
          assertThat(first.get(field)).as(what + " " + field).isEqualTo(g.get(field));
        }
      }
      if (g.containsKey("relation")) {
        assertThat(mentions).as(what + " relation")
            .anySatisfy(c -> {
              assertThat(c.relation()).isEqualTo(g.get("relation"));
              assertThat(c.relationTarget()).isEqualTo(g.get("relationTarget"));
            });
      }
      if (g.containsKey("asWritten")) {
        assertThat(mentions).as(what + " asWritten")
            .anySatisfy(c -> assertThat(c.asWritten()).contains((String) g.get("asWritten")));
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void indexResolvesCitationsToCorpusDocumentsByTextAlone() throws Exception {
    List<Map<String, Object>> seeds = seeds().toList();
    for (Map<String, Object> seed : seeds) {
      textOnly((String) seed.get("source"));
    }
    Path index = corpus.resolve("index");
    new IndexJob(index, Pipeline.DEFAULT_MAX_BYTES, false).run(List.of(corpus));
    try (DocumentSearcher searcher = DocumentSearcher.open(index)) {
      for (Map<String, Object> seed : seeds) {
        String copy = Pipeline.sourceName(corpus.resolve(Path.of((String) seed.get("source")).getFileName()));
        ExtractionRecord r = searcher.record(copy).orElseThrow();
        for (Map<String, Object> g : (List<Map<String, Object>>) seed.get("citations")) {
          String expectedTarget = (String) g.get("resolvedTo");
          String expectedCopy =
              expectedTarget == null
                  ? null
                  : Pipeline.sourceName(corpus.resolve(Path.of(expectedTarget).getFileName()));
          for (Citation c : r.citations()) {
            if (identity(c.symbol(), c.name()).equals(identity((String) g.get("symbol"), (String) g.get("name")))) {
              assertThat(c.resolvedTo()).as(copy + " " + g.get("symbol") + " resolvedTo").isEqualTo(expectedCopy);
            }
          }
        }
      }
    }
  }

  private static String identity(String symbol, String name) {
    return symbol != null ? NumberSymbol.keyOf(symbol) : "name:" + Objects.requireNonNull(name);
  }

}
