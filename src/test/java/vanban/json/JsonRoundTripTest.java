package vanban.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.model.Section;
import vanban.model.Signer;
import vanban.model.Span;

class JsonRoundTripTest {
  private static ExtractionRecord sample() {
    DocumentMetadata doc =
        new DocumentMetadata(
            "Công văn", "CV", "907/UBND-NV", "907", "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
            "Thừa Thiên Huế", "Thừa Thiên Huế", LocalDate.of(2022, 1, 25), null,
            "V/v đẩy mạnh \"kỷ cương\"\n", List.of("Thủ trưởng các Sở", "Chủ tịch"),
            new Signer("Nguyễn Văn Phương", "Chủ tịch", null));
    Citation c =
        new Citation(
            "Chỉ thị", "CT", "26/CT-TTg", "26", 2016, LocalDate.of(2016, 9, 5),
            "Thủ tướng Chính phủ", null, "về tăng cường kỷ luật", null,
            "Chỉ thị số 26/CT-TTg ngày 05/9/2016", new Span(1234, 1290), null, null, null);
    Section item = new Section("item", "1", "1", "Tiếp tục", new Span(5, 9), List.of());
    return new ExtractionRecord(
        "corpus/001.txt", "ab", doc, List.of(c), List.of(), List.of(), List.of("w\t1"),
        List.of(item), List.of(), "vie");
  }

  @Test
  void recordSurvivesWriteAndRead() {
    ExtractionRecord r = sample();
    assertThat(Json.read(Json.compact(r), ExtractionRecord.class)).isEqualTo(r);
    assertThat(Json.read(Json.pretty(r), ExtractionRecord.class)).isEqualTo(r);
  }

  @Test
  void compactIsOneLineWithSchemaShapes() {
    String json = Json.compact(sample());
    assertThat(json).doesNotContain("\n");
    assertThat(json).contains("\"span\":[1234,1290]");
    assertThat(json).contains("\"date\":\"2022-01-25\"");
    assertThat(json).contains("\"dateNotBefore\":null");
    assertThat(json).startsWith("{\"source\":\"corpus/001.txt\",\"sha256\":\"ab\",\"document\":");
  }

  @Test
  void missingFieldsReadAsNullAndEmptyLists() {
    ExtractionRecord r =
        Json.read("{\"source\":\"x\",\"warnings\":null,\"added\":{\"later\":[1]}}", ExtractionRecord.class);
    assertThat(r.source()).isEqualTo("x");
    assertThat(r.document()).isNull();
    assertThat(r.language()).isNull();
    assertThat(r.citations()).isEmpty();
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void prettyIsIndentedWithSpansOnOneLine() {
    Section item = new Section("item", "1", "1", "Tiếp tục", new Span(5, 9), List.of());
    assertThat(Json.pretty(item))
        .isEqualTo(
            "{\n  \"kind\": \"item\",\n  \"label\": \"1\",\n  \"path\": \"1\",\n"
                + "  \"heading\": \"Tiếp tục\",\n  \"span\": [5, 9],\n  \"children\": []\n}");
  }

  @Test
  void aSpanIsReadOnlyFromAPairOfWholeNumbers() {
    assertThat(Json.read("[3,8]", Span.class)).isEqualTo(new Span(3, 8));
    for (String bad : List.of("[3]", "[3,8,9]", "{\"start\":3,\"end\":8}", "[3,\"8\"]", "[8,3]")) {
      assertThatThrownBy(() -> Json.read(bad, Span.class)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void parsesEscapesAndNumbers() {
    Object tree = Json.read("{\"a\":\"\\u1ef7 \\\"q\\\"\",\"b\":[1,2.5,-3e2,true,null]}", Object.class);
    assertThat(tree).isEqualTo(Map.of("a", "ỷ \"q\"", "b", java.util.Arrays.asList(1, 2.5, -300.0, true, null)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "[1,", "{\"a\" 1}", "\"abc", "tru", "{\"a\":1}x", "\"\\x\""})
  void rejectsBrokenJson(String text) {
    assertThatThrownBy(() -> Json.tree(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
