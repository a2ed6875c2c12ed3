package vanban.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.json.Json;
import vanban.model.ExtractionRecord;
import vanban.pipeline.Pipeline;
import vanban.resolve.CitationResolver;

/** Extraction at scale: 200 generated documents against the truth the generator planted. */
class GeneratedCorpusAccuracyTest {
  private static final int DOCS = 200;
  @TempDir static Path dir;
  static List<PlantedDocument> truth;
  static Map<String, TruthEvaluator.Score> scores;

  @BeforeAll
  static void extractAll() throws Exception {
    truth = new CorpusGenerator(DOCS, 42).write(dir);
    Pipeline pipeline = new Pipeline(Pipeline.DEFAULT_MAX_BYTES);
    List<ExtractionRecord> records = new ArrayList<>();
    for (PlantedDocument t : truth) {
      records.add(pipeline.process(dir.resolve(t.file()), t.file()).record());
    }
    Map<String, ExtractionRecord> byFile = new HashMap<>();
    for (ExtractionRecord r : CitationResolver.resolve(records)) {
      byFile.put(r.source(), r);
    }
    scores = TruthEvaluator.evaluate(truth, byFile::get, f -> f);
    TruthEvaluator.report(scores).forEach(System.out::println);
  }

  @Test
  void truthIsOneLinePerDocumentAndReadsBack() throws Exception {
    List<String> lines = Files.readAllLines(dir.resolve(CorpusGenerator.TRUTH_FILE));
    assertThat(lines).hasSize(DOCS);
    assertThat(Json.read(lines.get(0), PlantedDocument.class)).isEqualTo(truth.get(0));
  }

  @Test
  void generationIsDeterministic(@TempDir Path other) throws Exception {
    List<PlantedDocument> again = new CorpusGenerator(20, 42).write(other);
    assertThat(again).isEqualTo(truth.subList(0, 20));
    for (PlantedDocument d : again) {
      if (!d.format().equals("docx")) {
        assertThat(Files.readString(other.resolve(d.file()))).isEqualTo(Files.readString(dir.resolve(d.file())));
      }
    }
  }

  @Test
  void plantsEveryFormatAndCitationVariant() {
    assertThat(truth).extracting(PlantedDocument::format).contains("txt", "html", "docx");
    assertThat(truth.stream().flatMap(d -> d.citations().stream()).map(PlantedCitation::variant))
        .contains("common", "spaced-party", "spaced-state", "date-first", "list-head", "quoted-title");
    assertThat(truth.stream().flatMap(d -> d.citations().stream()).filter(c -> c.resolvedTo() != null))
        .isNotEmpty();
  }

  @Test
  void metadataPrecisionAndRecallAtLeast95Percent() {
    for (String f : List.of("type", "typeCode", "symbol", "number", "issuer", "province", "date", "subject")) {
      assertThat(scores.get(f).precision()).as(f + " precision").isGreaterThanOrEqualTo(0.95);
      assertThat(scores.get(f).recall()).as(f + " recall").isGreaterThanOrEqualTo(0.95);
    }
  }

  @Test
  void citationPrecisionAndRecallAtLeast95Percent() {
    assertThat(scores.get("citations").precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.get("citations").recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.get("resolvedTo").precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.get("resolvedTo").recall()).isGreaterThanOrEqualTo(0.95);
  }
}
