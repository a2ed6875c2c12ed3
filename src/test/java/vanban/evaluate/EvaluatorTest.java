package vanban.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.model.Signer;

class EvaluatorTest {

  private static Citation cited(String symbol, Integer year) {
    return new Citation(
        null, null, symbol, null, year, null, null, null, null, null, symbol, null, null, null,
        null);
  }

  private static ExtractionRecord record(String source, DocumentMetadata d, List<Citation> cites) {
    return new ExtractionRecord(
        source, "", d, cites, List.of(), List.of(), List.of(), List.of(), List.of(), "vie");
  }

  @Test
  void scoresFieldsCitationsAndListsEveryMiss(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(
        gold,
        """
        {"source":"docs/a.txt","document":{"type":"Công văn","symbol":"05/UBND-NV","date":"2024-01-02","province":"Thanh Hoá","issuer":"UBND tỉnh Thanh Hóa","signer":{"name":"Lê Văn A"}},"citations":[{"symbol":"26/CT-TTg","date":"2016-09-05","mentions":2},{"symbol":"48/2018/QĐ-UBND","mentions":1}],"named":["Luật Viên chức"]}
        {"source":"docs/b.txt","document":{"type":"Chỉ thị","symbol":"__skip__","date":null,"province":null,"signer":{"name":null}},"citations":[]}
        """);
    List<GoldDocument> docs = GoldFile.read(gold);
    assertThat(docs.get(0).citations().get(0).year()).isEqualTo(2016);
    assertThat(docs.get(0).citations().get(1).year()).isEqualTo(2018);

    DocumentMetadata a =
        new DocumentMetadata(
            "công văn", "CV", "5/ubnd-nv", "5", "Ủy ban nhân dân", "Thanh Hóa", null,
            LocalDate.of(2024, 1, 2), null, null, List.of(), new Signer("LÊ VĂN A", null, null));
    DocumentMetadata b =
        new DocumentMetadata(
            "Công văn", null, "1/X-Y", null, null, null, null, null, null, null, List.of(), null);
    Evaluation e =
        new Evaluator()
            .evaluate(
                docs,
                Map.of(
                    "a.txt",
                    record("x/a.txt", a, List.of(cited("26/CT-TTg", 2016), cited("26/CT-TTg", 2016), cited("12/CT-TTg", null))),
                    "b.txt",
                    record("b.txt", b, List.of())),
                Map.of());

    assertThat(e.fields().get("type")).isEqualTo(new Evaluation.FieldScore(1, 2));
    assertThat(e.fields().get("symbol")).isEqualTo(new Evaluation.FieldScore(1, 1)); // b skipped
    assertThat(e.fields().get("province")).isEqualTo(new Evaluation.FieldScore(2, 2));
    assertThat(e.fields().get("issuer")).isEqualTo(new Evaluation.FieldScore(1, 1));
    assertThat(e.fields().get("signer.name")).isEqualTo(new Evaluation.FieldScore(2, 2));
    assertThat(e.citations()).isEqualTo(new Evaluation.CitationScore(2, 2, 1));
    assertThat(e.mentions()).isEqualTo(new Evaluation.MentionCount(3, 3, 1, 1));
    assertThat(e.misses())
        .extracting(Evaluation.Miss::toString)
        .containsExactly(
            "a.txt: citation want 48/2018/QĐ-UBND (2018) got -",
            "a.txt: citation want - got 12/CT-TTg (no year)",
            "b.txt: type want Chỉ thị got Công văn");
    assertThat(EvaluationReport.json(e)).contains("\"precision\":0.5", "\"recall\":0.5");
  }

  @Test
  void readsTheSeedsGoldShape(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("seeds.json");
    Files.writeString(
        gold,
        "{\"note\":\"x\",\"documents\":[{\"source\":\"corpus/0.txt\",\"document\":{\"type\":\"Kết luận\"},"
            + "\"citations\":[{\"symbol\":null,\"name\":\"Luật Viên chức\"}]}]}");
    List<GoldDocument> docs = GoldFile.read(gold);
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).fields()).containsOnlyKeys("type");
    assertThat(docs.get(0).named()).containsExactly("Luật Viên chức");
  }
}
