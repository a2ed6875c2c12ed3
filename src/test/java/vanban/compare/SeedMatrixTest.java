package vanban.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vanban.model.ExtractionRecord;
import vanban.pipeline.Pipeline;

/**
 * The province × theme matrix of the five seeds, cell by cell, as read against their texts. A cell
 * is written {@code 004§2.2!} (file 004, item 2.2, must-not), {@code ~} responsible, {@code +}
 * encouraged, nothing for must.
 */
class SeedMatrixTest {
  private static List<ExtractionRecord> records;

  @BeforeAll
  static void extract() throws Exception {
    Pipeline pipeline = new Pipeline(Pipeline.DEFAULT_MAX_BYTES);
    records = new ArrayList<>();
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.sorted().filter(f -> f.toString().endsWith(".txt")).toList()) {
        records.add(pipeline.process(f, Pipeline.sourceName(f)).record());
      }
    }
  }

  private static String row(ThemeMatrix m, String theme) {
    List<String> parts = new ArrayList<>();
    for (String province : m.provinces()) {
      List<String> cell = new ArrayList<>();
      for (SourcedObligation o : m.cell(province, theme)) {
        String mark =
            switch (o.obligation().modality()) {
              case "must-not" -> "!";
              case "responsible" -> "~";
              case "encouraged" -> "+";
              default -> "";
            };
        String file =
            o.source().substring(o.source().lastIndexOf('/') + 1, o.source().lastIndexOf('/') + 4);
        cell.add(file + "§" + o.obligation().section() + mark);
      }
      parts.add(province + ": " + String.join(" ", cell));
    }
    return (theme + " | " + String.join(" | ", parts)).strip();
  }

  @Test
  void provincesAreThoseOfTheHeaders() {
    assertThat(ThemeMatrix.of(records, List.of()).provinces())
        .containsExactly("Bắc Ninh", "Hà Tĩnh", "Thanh Hóa", "Thừa Thiên Huế");
  }

  @Test
  void whoForbidsAlcoholAtWork() {
    ThemeMatrix m = ThemeMatrix.of(records, List.of("alcohol"));
    // Hà Tĩnh through 004 §2.2 "Sử dụng rượu, bia …"; Bắc Ninh through 002 "không sử dụng đồ uống
    // có
    // cồn trong giờ hành chính". 000 (Hà Tĩnh) names alcohol only in its preamble, as a violation.
    assertThat(m.provincesWith("alcohol", "must-not")).containsExactly("Bắc Ninh", "Hà Tĩnh");
    assertThat(m.cell("Hà Tĩnh", "alcohol")).noneMatch(o -> o.source().contains("000_"));
  }

  @Test
  void whoDemandsAOneStopShop() {
    ThemeMatrix m = ThemeMatrix.of(records, List.of("one-stop-shop"));
    assertThat(m.provincesWith("one-stop-shop", "must"))
        .containsExactly("Hà Tĩnh", "Thừa Thiên Huế");
    assertThat(m.cell("Hà Tĩnh", "one-stop-shop"))
        .singleElement()
        .satisfies(o -> assertThat(o.citation()).isEqualTo("1567-CV/TU §1"));
    assertThat(m.cell("Thừa Thiên Huế", "one-stop-shop"))
        .singleElement()
        .satisfies(o -> assertThat(o.citation()).isEqualTo("907/UBND-NV §5"));
  }

  @Test
  void whoReportsToWhomAndHowOften() {
    List<String> reports = new ArrayList<>();
    for (SourcedObligation o : SourcedObligation.of(records)) {
      if (o.obligation().reportTo() != null) {
        String file =
            o.source().substring(o.source().lastIndexOf('/') + 1, o.source().lastIndexOf('/') + 4);
        reports.add(
            file
                + " "
                + o.obligation().actor()
                + " -> "
                + o.obligation().reportTo()
                + " "
                + vanban.extract.FrequencyCues.all(o.obligation().text()));
      }
    }
    assertThat(reports)
        .containsExactly(
            "000 Văn phòng Tỉnh ủy -> Ban Thường vụ Tỉnh ủy [periodic]",
            "002 Người đứng đầu cấp ủy, Thủ trưởng các cơ quan, tổ chức, đơn vị -> Thường trực Tỉnh"
                + " ủy, Chủ tịch HĐND, Chủ tịch UBND tỉnh []",
            "002 Ủy ban Kiểm tra Tỉnh ủy -> Ban Thường vụ Tỉnh ủy []",
            "003 Ban Nội chính Tỉnh ủy -> Ban Thường vụ Tỉnh ủy [periodic]",
            "004 Các cơ quan, đơn vị được giao nhiệm vụ -> cấp có thẩm quyền [periodic]",
            "004 Các đảng đoàn, ban cán sự đảng, ban thường vụ các huyện, thành, thị ủy, đảng ủy"
                + " trực thuộc, các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy -> Ban Thường"
                + " vụ Tỉnh ủy [semiannual, annual]",
            "004 Văn phòng Tỉnh ủy -> Ban Thường vụ Tỉnh ủy []");
  }

  @Test
  void everyCell() {
    ThemeMatrix m = ThemeMatrix.of(records, List.of());
    List<String> rows = m.themes().stream().map(t -> row(m, t)).toList();
    assertThat(rows)
        .containsExactly(EXPECTED.strip().lines().map(String::strip).toArray(String[]::new));
  }

  private static final String EXPECTED =
      """
alcohol | Bắc Ninh: 002§3! | Hà Tĩnh: 004§2.1 004§2.2! | Thanh Hóa:  | Thừa Thiên Huế:
working-hours | Bắc Ninh: 002§3! | Hà Tĩnh: 000§2 000§2 000§2! 004§2.1 004§2.2! | Thanh Hóa:  | Thừa Thiên Huế:
public-vehicles | Bắc Ninh:  | Hà Tĩnh: 000§2 000§2! | Thanh Hóa:  | Thừa Thiên Huế:
sports | Bắc Ninh:  | Hà Tĩnh: 000§2 000§2! 004§2.1 004§2.2! | Thanh Hóa:  | Thừa Thiên Huế:
social-media | Bắc Ninh: 002§3 | Hà Tĩnh: 004§2.1 004§2.2! | Thanh Hóa:  | Thừa Thiên Huế:
smoking | Bắc Ninh: 002§3! | Hà Tĩnh: 004§2.1 | Thanh Hóa:  | Thừa Thiên Huế:
meetings | Bắc Ninh: 002§2 002§3 | Hà Tĩnh: 000§1 000§2 004§4 004§4 004§4 004§4 | Thanh Hóa:  | Thừa Thiên Huế: 001§3
staff-evaluation | Bắc Ninh: 002§2 | Hà Tĩnh: 000§1 004§1 004§3 004§4 004§6 | Thanh Hóa: 003§1 003§3 003§6 | Thừa Thiên Huế: 001§3
inspection | Bắc Ninh: 002§4 002§5 002§6 | Hà Tĩnh: 000§1 000§2 004§3 004§3 004§4 004§4 004§4 004§5 004§6 | Thanh Hóa: 003§1 003§1 003§1 003§3 003§4 003§5 | Thừa Thiên Huế: 001§4 001§6
leader-responsibility | Bắc Ninh: 002§2 002§5 002§5~ | Hà Tĩnh: 000§1 000§2 000§2~ 004§1 004§3~ 004§6 | Thanh Hóa: 003§2 003§2~ 003§5 | Thừa Thiên Huế: 001§2 001§4 001§null
one-stop-shop | Bắc Ninh:  | Hà Tĩnh: 000§1 | Thanh Hóa:  | Thừa Thiên Huế: 001§5
admin-reform | Bắc Ninh:  | Hà Tĩnh: 000§1 004§4 004§4 | Thanh Hóa: 003§1 003§3 003§4 003§7 | Thừa Thiên Huế: 001§1 001§4 001§5
digital-transformation | Bắc Ninh: 002§2 | Hà Tĩnh: 000§1 004§4 004§4 | Thanh Hóa: 003§3 | Thừa Thiên Huế: 001§3
reporting | Bắc Ninh: 002§2 002§6 | Hà Tĩnh: 000§null 004§4 004§6 004§null | Thanh Hóa: 003§null | Thừa Thiên Huế:
social-evils | Bắc Ninh: 002§3! | Hà Tĩnh: 004§2.2! | Thanh Hóa:  | Thừa Thiên Huế:
ceremonies | Bắc Ninh:  | Hà Tĩnh: 000§1 004§2.1 004§2.2! 004§6 | Thanh Hóa:  | Thừa Thiên Huế:
traffic-safety | Bắc Ninh: 002§3! | Hà Tĩnh:  | Thanh Hóa:  | Thừa Thiên Huế:
secrecy | Bắc Ninh: 002§3 | Hà Tĩnh: 004§2.1 | Thanh Hóa:  | Thừa Thiên Huế:
anti-corruption | Bắc Ninh: 002§3 | Hà Tĩnh: 004§2.2! 004§2.2! 004§2.2! 004§2.2! 004§3 | Thanh Hóa: 003§1 003§1 003§4 003§5 003§7 | Thừa Thiên Huế: 001§5
kpi | Bắc Ninh:  | Hà Tĩnh:  | Thanh Hóa: 003§3 | Thừa Thiên Huế:
citizen-service | Bắc Ninh:  | Hà Tĩnh: 000§1 004§2.1 004§2.2! | Thanh Hóa: 003§1 003§3 003§4 003§7 | Thừa Thiên Huế: 001§4 001§5
""";
}
