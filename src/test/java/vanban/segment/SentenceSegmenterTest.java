package vanban.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vanban.normalize.VietnameseNormalizer;

class SentenceSegmenterTest {
  private final SentenceSegmenter segmenter = new SentenceSegmenter();

  private List<String> sentences(String text) {
    return segmenter.segment(text).stream().map(u -> u.text(text)).toList();
  }

  static Stream<List<List<String>>> rows() {
    return Stream.of(
        row(
            "Trụ sở tại TP. Huế. Hội nghị do ThS. Nguyễn Văn An chủ trì.",
            "Trụ sở tại TP. Huế.",
            "Hội nghị do ThS. Nguyễn Văn An chủ trì."),
        row(
            "PGS. Lê Văn Cường và GS. Phạm Minh Đức tham dự. Tp. Hà Tĩnh đăng cai.",
            "PGS. Lê Văn Cường và GS. Phạm Minh Đức tham dự.",
            "Tp. Hà Tĩnh đăng cai."),
        row(
            "Địa chỉ: số 2, Q. Ba Đình, P. Điện Biên. Xem tr. 12 của tài liệu.",
            "Địa chỉ: số 2, Q. Ba Đình, P. Điện Biên.",
            "Xem tr. 12 của tài liệu."),
        row("KT. CHỦ TỊCH", "KT. CHỦ TỊCH"),
        row("TM. ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"),
        row("TL. GIÁM ĐỐC", "TL. GIÁM ĐỐC"),
        row("TUQ. CHỦ TỊCH", "TUQ. CHỦ TỊCH"),
        row("T/M BAN THƯỜNG VỤ", "T/M BAN THƯỜNG VỤ"),
        row(
            "V/v đẩy mạnh kỷ cương, kỷ luật hành chính",
            "V/v đẩy mạnh kỷ cương, kỷ luật hành chính"),
        row(
            "Tỷ lệ hồ sơ trễ hạn còn 1.5 phần trăm. Năm sau giảm tiếp.",
            "Tỷ lệ hồ sơ trễ hạn còn 1.5 phần trăm.",
            "Năm sau giảm tiếp."),
        row(
            "Thực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2016. Các cơ quan báo cáo kết quả.",
            "Thực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2016.",
            "Các cơ quan báo cáo kết quả."),
        row(
            "Vẫn còn đi muộn, về sớm...; một số cán bộ né tránh trách nhiệm. Cần xử lý nghiêm.",
            "Vẫn còn đi muộn, về sớm...; một số cán bộ né tránh trách nhiệm.",
            "Cần xử lý nghiêm."),
        row(
            "Các nội dung như hội họp, v.v. thực hiện theo quy chế.",
            "Các nội dung như hội họp, v.v. thực hiện theo quy chế."),
        row(
            "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
            "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."),
        row("Chỉ thị này phổ biến đến Chi bộ./.", "Chỉ thị này phổ biến đến Chi bộ./."),
        // a list marker stays with its item; a short item is a unit of its own; never across lines
        row(
            "1. Tiếp tục quán triệt. Tăng cường kiểm tra.",
            "1. Tiếp tục quán triệt.",
            "Tăng cường kiểm tra."),
        row(
            "2.1. Những việc phải thực hiện thường xuyên",
            "2.1. Những việc phải thực hiện thường xuyên"),
        row("Nơi nhận:\n- Như trên,\n- Lưu: VT, NV.", "Nơi nhận:", "- Như trên,", "- Lưu: VT, NV."),
        row("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ", "ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"),
        row(
            "Câu hỏi này đúng không? Đúng vậy! Hết.",
            "Câu hỏi này đúng không?",
            "Đúng vậy!",
            "Hết."),
        // held out: not in the training data
        row(
            "Giao Đ/c Trần Văn Bình theo dõi. Sở Tài chính phối hợp.",
            "Giao Đ/c Trần Văn Bình theo dõi.",
            "Sở Tài chính phối hợp."),
        row(
            "Kinh phí năm 2024 là 2.5 tỷ đồng. Nguồn vốn do tỉnh bảo đảm.",
            "Kinh phí năm 2024 là 2.5 tỷ đồng.",
            "Nguồn vốn do tỉnh bảo đảm."),
        row(
            "Căn cứ Quyết định số 15/2023/QĐ-UBND ngày 12/4/2023. UBND tỉnh chỉ đạo như sau:",
            "Căn cứ Quyết định số 15/2023/QĐ-UBND ngày 12/4/2023.",
            "UBND tỉnh chỉ đạo như sau:"),
        row("", new String[0]));
  }

  private static List<List<String>> row(String text, String... expected) {
    return List.of(List.of(text), List.of(expected));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void splitsSentences(List<List<String>> row) {
    assertThat(sentences(row.get(0).get(0))).containsExactlyElementsOf(row.get(1));
  }

  @Test
  void everyAbbreviationExampleStaysInOneSentence() throws IOException {
    List<String> examples;
    try (var in =
        SentenceSegmenterTest.class.getResourceAsStream("/vanban/segment/abbreviations.txt")) {
      examples =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> l.startsWith("#   "))
              .map(l -> l.substring(1).strip())
              .toList();
    }
    assertThat(examples).hasSizeGreaterThan(8);
    assertThat(examples)
        .allSatisfy(example -> assertThat(sentences(example)).containsExactly(example));
  }

  @Test
  void abbreviationDictionaryHasTheRequiredEntries() {
    assertThat(SentenceSegmenter.abbreviations())
        .contains(
            "V/v", "TP.", "KT.", "TM.", "T/M", "TL.", "TUQ.", "Tp.", "ThS.", "TS.", "PGS.", "GS.",
            "Q.", "P.", "tr.", "v.v.", "…");
  }

  @ParameterizedTest
  @MethodSource("vanban.segment.SentenceSegmenterTest#corpusNames")
  void corpusUnitsAreExactTrimmedAndCoverEveryLine(String name) throws IOException {
    String text = new VietnameseNormalizer().normalize(corpus(name)).text();
    List<TextUnit> units = segmenter.segment(text);
    int previousEnd = 0;
    for (TextUnit unit : units) {
      String s = unit.text(text);
      assertThat(unit.kind()).isEqualTo(TextUnit.SENTENCE);
      assertThat(s).isNotEmpty().isEqualTo(s.strip()).doesNotContain("\n");
      assertThat(unit.span().start()).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = unit.span().end();
    }
    // Every non-space char is in some unit, so each line is covered, list items included.
    boolean[] covered = new boolean[text.length()];
    units.forEach(u -> Arrays.fill(covered, u.span().start(), u.span().end(), true));
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        assertThat(covered[i]).as("char %d of %s", i, name).isTrue();
      }
    }
    assertThat(units.size()).isGreaterThanOrEqualTo((int) text.lines().count());
  }

  static Stream<String> corpusNames() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - ".txt".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  static String corpus(String name) throws IOException {
    return Files.readString(Path.of("corpus", name + ".txt"));
  }
}
