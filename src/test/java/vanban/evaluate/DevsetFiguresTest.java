package vanban.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vanban.model.ExtractionRecord;

/**
 * Holds the extraction figures on real documents (devset/) and on the five bundled ones. A change
 * that lowers a figure fails here; a change that raises one should raise its floor, so the gain is
 * kept. The targets (every field ≥ 0.97, citations ≥ 0.98) are not reached yet: the floors
 * are where extraction stands.
 */
class DevsetFiguresTest {

  /** Floors of the metadata fields on devset/gold.jsonl. */
  private static final Map<String, Double> FIELD_FLOORS =
      Map.of(
          "type", 0.96,
          "symbol", 0.79,
          "date", 0.79,
          "province", 0.96,
          "signer.name", 0.79,
          "issuer", 0.94);

  private static final double CITATION_PRECISION_FLOOR = 0.99;
  private static final double CITATION_RECALL_FLOOR = 0.99;

  /**
   * Obligations on the 30 documents with two readers' obligation gold (devset/RULES.md, S1-S15):
   * the 22 the rules were first written on and 8 held-out ones annotated after (78, 80, 82-85, 87,
   * 88). After the round on general shapes of answer letters and notices (quoted law, lead-ins to a
   * ruling, examples, permissions, closing formulas, a petitioner's demands, a second actor in a
   * later sentence or clause) the 30 measure recall 0.962, precision 0.906, modality 0.963, actor
   * 0.918, so the targets (recall and precision ≥ 0.9, modality ≥ 0.95, actor ≥ 0.9) are
   * reached; these floors are those figures minus 0.005, rounded down (modality kept at 0.96), so
   * that no change loses ground unnoticed.
   */
  private static final double OBLIGATION_RECALL_FLOOR = 0.95;

  private static final double OBLIGATION_PRECISION_FLOOR = 0.90;
  private static final double OBLIGATION_MODALITY_FLOOR = 0.96;
  private static final double OBLIGATION_ACTOR_FLOOR = 0.91;

  private static Evaluation run(Path gold) throws Exception {
    List<GoldDocument> docs = GoldFile.read(gold);
    GoldRun.Processed all = RealDocuments.get();
    Map<String, ExtractionRecord> records = new LinkedHashMap<>();
    Map<String, String> failures = new LinkedHashMap<>();
    for (GoldDocument g : docs) {
      String name = Evaluator.fileName(g.source());
      if (all.documents().containsKey(name)) {
        records.put(name, all.documents().get(name).record());
      } else {
        failures.put(name, all.failures().getOrDefault(name, "not in corpus/ or devset/docs/"));
      }
    }
    GoldRun.Result r = new GoldRun.Result(records, failures);
    Evaluation e = new Evaluator().evaluate(docs, r.records(), r.failures());
    PrintWriter out = new PrintWriter(System.out, true);
    out.println("== " + gold);
    EvaluationReport.printTable(e, out, false);
    return e;
  }

  @Test
  void realDocumentsHoldTheirFigures() throws Exception {
    Evaluation e = run(Path.of("devset/gold.jsonl"));
    assertThat(e.documents()).isGreaterThanOrEqualTo(60);
    FIELD_FLOORS.forEach(
        (field, floor) ->
            assertThat(e.fields().get(field).accuracy()).as(field).isGreaterThanOrEqualTo(floor));
    assertThat(e.citations().precision()).as("citation precision").isGreaterThanOrEqualTo(CITATION_PRECISION_FLOOR);
    assertThat(e.citations().recall()).as("citation recall").isGreaterThanOrEqualTo(CITATION_RECALL_FLOOR);
    Evaluation.ObligationScore o = e.obligations();
    assertThat(o.gold()).as("obligation gold units").isGreaterThanOrEqualTo(340);
    assertThat(o.recall()).as("obligation recall").isGreaterThanOrEqualTo(OBLIGATION_RECALL_FLOOR);
    assertThat(o.precision())
        .as("obligation precision")
        .isGreaterThanOrEqualTo(OBLIGATION_PRECISION_FLOOR);
    assertThat(o.onMatched(o.modality()))
        .as("obligation modality")
        .isGreaterThanOrEqualTo(OBLIGATION_MODALITY_FLOOR);
    assertThat(o.onMatched(o.actor())).as("obligation actor").isGreaterThanOrEqualTo(OBLIGATION_ACTOR_FLOOR);
    assertThat(o.fragments()).as("obligation fragments").isZero();
  }

  @Test
  void theBundledFiveStayExact() throws Exception {
    Evaluation e = run(Path.of("src/test/resources/gold/seeds.json"));
    assertThat(e.misses()).isEmpty();
    e.fields().values().forEach(s -> assertThat(s.accuracy()).isEqualTo(1.0));
  }
}
