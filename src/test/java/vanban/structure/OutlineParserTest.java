package vanban.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vanban.model.Section;
import vanban.normalize.VietnameseNormalizer;

class OutlineParserTest {

  private static final String TEXT =
      """
      TỈNH ỦY HÀ TĨNH
      Số 12-CV/TU
      V/v chấn chỉnh kỷ luật
      Hà Tĩnh, ngày 16 tháng 02 năm 2023
      Thời gian qua, các cơ quan đã thực hiện tốt.
      Tuy nhiên, vẫn còn tồn tại, hạn chế như sau:
      - Đi muộn, về sớm.
      Nguyên nhân chủ yếu do thiếu kiểm tra.
      Ban Thường vụ Tỉnh ủy yêu cầu:
      1. Đối với cơ quan, đơn vị:
      - Quán triệt nghiêm túc.
      + Hằng tháng kiểm tra.
      - Báo cáo kết quả.
      2. Đối với cán bộ:
      2.1. Những việc phải làm
      - Chấp hành giờ giấc.
      2.2. Những việc không được làm
      - Sử dụng rượu, bia trong giờ làm việc.
      Giữ gìn kỷ cương chung.
      3. Tổ chức thực hiện.
      Văn phòng Tỉnh ủy theo dõi, báo cáo.
      Nơi nhận:
      - Như trên,
      - Lưu Văn phòng Tỉnh ủy.
      T/M BAN THƯỜNG VỤ
      PHÓ BÍ THƯ
      Trần Thế Dũng
      """;

  private final List<Section> outline = new StructureParser().parse(TEXT).outline();

  @Test
  void partsInTextOrder() {
    assertThat(outline)
        .extracting(Section::kind)
        .containsExactly("header", "preamble", "directive", "distribution", "signature");
    assertThat(outline.get(0).heading()).isEqualTo("TỈNH ỦY HÀ TĨNH");
    assertThat(outline.get(1).heading()).startsWith("Thời gian qua");
    assertThat(outline.get(2).heading()).startsWith("1. Đối với cơ quan");
    assertThat(outline.get(4).heading()).isEqualTo("T/M BAN THƯỜNG VỤ");
  }

  @Test
  void spansCutTheTextIntoItsParts() {
    Section preamble = outline.get(1);
    String text = TEXT.substring(preamble.span().start(), preamble.span().end());
    assertThat(text).startsWith("Thời gian qua").endsWith("Ban Thường vụ Tỉnh ủy yêu cầu:");
    Section signature = outline.get(4);
    assertThat(TEXT.substring(signature.span().start(), signature.span().end()))
        .isEqualTo("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nTrần Thế Dũng");
  }

  @Test
  void itemsAndBulletsNestWithTheirPaths() {
    assertThat(flatten(outline.get(2)))
        .containsExactly(
            "directive null null",
            "item 1 1",
            "bullet - 1",
            "bullet + 1",
            "bullet - 1",
            "item 2 2",
            "item 2.1 2.1",
            "bullet - 2.1",
            "item 2.2 2.2",
            "bullet - 2.2",
            "item 3 3");
    Section item22 = outline.get(2).children().get(1).children().get(1);
    assertThat(item22.heading()).isEqualTo("Những việc không được làm");
    assertThat(TEXT.substring(item22.span().start(), item22.span().end()))
        .as("a paragraph under a bullet list belongs to the item")
        .endsWith("Giữ gìn kỷ cương chung.");
    Section item3 = outline.get(2).children().get(2);
    assertThat(TEXT.substring(item3.span().start(), item3.span().end()))
        .as("a closing paragraph belongs to the directive part only")
        .isEqualTo("3. Tổ chức thực hiện.");
    assertThat(TEXT.substring(outline.get(2).span().start(), outline.get(2).span().end()))
        .endsWith("Văn phòng Tỉnh ủy theo dõi, báo cáo.");
  }

  @Test
  void preambleBulletsStayInThePreamble() {
    assertThat(flatten(outline.get(1))).containsExactly("preamble null null", "bullet - null");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a "như sau:" of problems is not the directive cue when a later cue precedes the items
        "Còn hạn chế như sau:\\n- Đi muộn.\\nỦy ban nhân dân tỉnh đề nghị:\\n1. Chấn chỉnh. | 3",
        // no cue: the directive part starts at the first item
        "Thời gian qua tốt.\\n1. Chấn chỉnh.\\n2. Báo cáo. | 1",
        // no items: after the first strong cue
        "Thời gian qua tốt.\\nBan Thường vụ yêu cầu:\\nCác cơ quan chấn chỉnh. | 2",
        // neither: after the last preamble paragraph
        "Thời gian qua tốt.\\nTuy nhiên còn hạn chế.\\nCác cơ quan chấn chỉnh. | 2",
      })
  void directiveStart(String body, int expected) {
    List<Line> lines = Line.of(body.replace("\\n", "\n"));
    assertThat(OutlineParser.directiveStart(lines, 0, lines.size())).isEqualTo(expected);
  }

  @Test
  void articlesOfAQuyetDinhAreItems() {
    String text =
        "Căn cứ Luật Tổ chức chính quyền địa phương;\n"
            + "QUYẾT ĐỊNH:\n"
            + "Điều 1. Ban hành Quy chế.\n"
            + "1. Phạm vi.\n"
            + "Điều 2. Hiệu lực.\n";
    Section directive =
        new StructureParser()
            .parse(text).outline().stream()
                .filter(s -> s.kind().equals("directive"))
                .findFirst()
                .orElseThrow();
    assertThat(flatten(directive))
        .containsExactly(
            "directive null null", "item Điều 1 Điều 1", "item 1 1", "item Điều 2 Điều 2");
  }

  @Test
  void seed004HasItsProhibitionsUnder22() throws IOException {
    String text =
        new VietnameseNormalizer()
            .normalize(Files.readString(Path.of("corpus/004_9eae9ce46508e63c.txt")))
            .text();
    Section directive = new StructureParser().parse(text).outline().get(2);
    assertThat(directive.kind()).isEqualTo("directive");
    Section item22 = directive.children().get(1).children().get(1);
    assertThat(item22.path()).isEqualTo("2.2");
    assertThat(item22.heading()).isEqualTo("Những việc không được làm");
    assertThat(item22.children()).hasSize(10).allMatch(b -> b.path().equals("2.2"));
  }

  private static List<String> flatten(Section s) {
    List<String> out = new ArrayList<>();
    out.add(s.kind() + " " + s.label() + " " + s.path());
    for (Section c : s.children()) {
      out.addAll(flatten(c));
    }
    return out;
  }
}
