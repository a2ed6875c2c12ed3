package vanban.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vanban.json.Json;
import vanban.model.ExtractionRecord;
import vanban.pipeline.Pipeline;

/**
 * The province × theme matrix of the five seeds in {@code corpus/}: its rows are the provinces the
 * hand-written gold ({@code gold/seeds.json}) gives the documents, every cell holds exactly the
 * obligations of its province's documents on its theme, every label names a document of the gold,
 * and a few cells are checked as read against the texts.
 */
class SeedMatrixTest {
  private static List<ExtractionRecord> records;

  /** Each seed's source to its province and to its number-symbol (null: it has none), in the gold. */
  private static Map<String, String> goldProvince;
  private static Map<String, String> goldSymbol;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void extract() throws Exception {
    Pipeline pipeline = new Pipeline(Pipeline.DEFAULT_MAX_BYTES);
    records = new ArrayList<>();
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.sorted().filter(f -> f.toString().endsWith(".txt")).toList()) {
        records.add(pipeline.process(f, Pipeline.sourceName(f)).record());
      }
    }
    Map<String, Object> gold =
        (Map<String, Object>)
            Json.read(Files.readString(Path.of("src/test/resources/gold/seeds.json")), Object.class);
    goldProvince = new TreeMap<>();
    goldSymbol = new TreeMap<>();
    for (Map<String, Object> d : (List<Map<String, Object>>) gold.get("documents")) {
      Map<String, Object> document = (Map<String, Object>) d.get("document");
      goldProvince.put((String) d.get("source"), (String) document.get("province"));
      goldSymbol.put((String) d.get("source"), (String) document.get("symbol"));
    }
  }

  @Test
  void theSeedsAreTheGoldsFive() {
    assertThat(records)
        .extracting(ExtractionRecord::source)
        .containsExactlyElementsOf(goldProvince.keySet());
  }

  @Test
  void rowsAreTheGoldsProvinces() {
    assertThat(ThemeMatrix.of(records, List.of()).provinces())
        .containsExactlyInAnyOrderElementsOf(new TreeSet<>(goldProvince.values()));
  }

  @Test
  void everyCellHoldsExactlyItsProvincesObligationsOnItsTheme() {
    ThemeMatrix m = ThemeMatrix.of(records, List.of());
    List<SourcedObligation> all = SourcedObligation.of(records);
    int placed = 0;
    for (String province : m.provinces()) {
      for (String theme : m.themes()) {
        List<SourcedObligation> expected =
            all.stream()
                .filter(o -> province.equals(goldProvince.get(o.source())))
                .filter(o -> o.obligation().themes().contains(theme))
                .toList();
        assertThat(m.cell(province, theme))
            .as(province + " × " + theme)
            .containsExactlyInAnyOrderElementsOf(expected);
        placed += expected.size();
      }
    }
    int tagged = all.stream().mapToInt(o -> o.obligation().themes().size()).sum();
    assertThat(placed)
        .as("obligations placed, once per theme they are tagged with")
        .isPositive()
        .isEqualTo(tagged);
  }

  @Test
  void everyLabelNamesItsDocumentAsTheGoldDoesAndNoneSaysNull() {
    ThemeMatrix m = ThemeMatrix.of(records, List.of());
    List<String> labels = new ArrayList<>();
    for (String province : m.provinces()) {
      for (String theme : m.themes()) {
        for (SourcedObligation o : m.cell(province, theme)) {
          // 004's symbol is in its sidecar, which the text-only gold does not read.
          String symbol = goldSymbol.get(o.source());
          if (symbol != null) {
            assertThat(o.document()).isEqualTo(symbol);
          }
          labels.add(o.citation());
        }
      }
    }
    assertThat(labels).isNotEmpty().noneMatch(l -> l.contains("null"));
    // Some obligations stand outside any numbered item (a closing paragraph on reporting): they
    // are labelled by their document alone.
    assertThat(labels).contains("907/UBND-NV", "1567-CV/TU");
  }

  @Test
  void whoForbidsAlcoholAtWork() {
    ThemeMatrix m = ThemeMatrix.of(records, List.of("alcohol"));
    // Hà Tĩnh through 004 §2.2 "Sử dụng rượu, bia …"; Bắc Ninh through 002 "không sử dụng đồ uống
    // có cồn trong giờ hành chính". 000 (Hà Tĩnh) names alcohol only in its preamble, as a
    // violation.
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
}
