package vanban.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vanban.model.Span;

class VietnameseNormalizerTest {
  private final VietnameseNormalizer normalizer = new VietnameseNormalizer();

  private String norm(String s) {
    return normalizer.normalize(s).text();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "hoá, hóa",
    "hoà, hòa",
    "khoẻ, khỏe",
    "uỷ, ủy",
    "thuỷ, thủy",
    "tuỳ, tùy",
    "Uỷ, Ủy",
    "UỶ, ỦY",
    "HOÁ, HÓA",
    "chuyển hoá công sở, chuyển hóa công sở",
    "Ủy ban, Ủy ban",
    // closed syllables and qu+y keep their marks
    "hoạch, hoạch",
    "toán, toán",
    "quyết, quyết",
    "thuyền, thuyền",
    "khoảng, khoảng",
    "quý, quý",
    "quỹ, quỹ",
    "quỳ, quỳ",
    "QUÝ, QUÝ",
    "xoáy, xoáy",
    "hóa, hóa",
    "hoa, hoa",
  })
  void foldsTonePlacement(String in, String expected) {
    assertThat(VietnameseNormalizer.foldTonePlacement(in)).isEqualTo(expected);
    assertThat(norm(in)).isEqualTo(expected);
  }

  @Test
  void foldTonePlacementComposesDecomposedInput() {
    String nfd = Normalizer.normalize("thuỷ lợi hoá", Normalizer.Form.NFD);
    assertThat(VietnameseNormalizer.foldTonePlacement(nfd)).isEqualTo("thủy lợi hóa");
  }

  static Stream<List<String>> charRows() {
    return Stream.of(
        List.of(Normalizer.normalize("Hà Tĩnh, ngày", Normalizer.Form.NFD), "Hà Tĩnh, ngày"),
        List.of("\u00D0ảng và \u00F0oàn thể", "Đảng và đoàn thể"),
        List.of("2021\u20132030 \u2014 a\u2212b \u2011c", "2021-2030 - a-b -c"),
        List.of("a\u00A0\u00A0b\tc\u2003d", "a b c d"),
        List.of("kỷ\u200B luật\u00AD\uFEFF", "kỷ luật"),
        List.of("dòng một\r\ndòng hai\rDòng ba", "dòng một dòng hai\nDòng ba"),
        List.of("   Hà Tĩnh,    ngày   ", "Hà Tĩnh, ngày"),
        List.of("", ""),
        List.of(" \n\t\n ", ""));
  }

  @ParameterizedTest
  @MethodSource("charRows")
  void cleansChars(List<String> row) {
    assertThat(norm(row.get(0))).isEqualTo(row.get(1));
  }

  static Stream<List<String>> debrisRows() {
    return Stream.of(
        List.of("[bookmark: _GoBack]\tNgày 22/7/2021, Ban", "Ngày 22/7/2021, Ban"),
        List.of("a [bookmark: id_123] b", "a b"),
        List.of("[]{#_GoBack .anchor}Ngày 22/7/2021", "Ngày 22/7/2021"),
        List.of(
            "\uF0B7 Gương mẫu đi đầu\n\uF02D Khi có khuyết điểm",
            "• Gương mẫu đi đầu\n- Khi có khuyết điểm"),
        List.of("**ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ**", "ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ"),
        List.of("Một **đậm** và __gạch__ hết", "Một đậm và gạch hết"),
        List.of(
            "phong trào “*Tỉnh an toàn giao thông*” nhé",
            "phong trào “Tỉnh an toàn giao thông” nhé"),
        List.of("*nghiêng* đầu dòng", "nghiêng đầu dòng"),
        // the Party header ornament stays
        List.of("TỈNH ỦY HÀ TĨNH\n*\nSố 1567 -CV/TU", "TỈNH ỦY HÀ TĨNH\n*\nSố 1567 -CV/TU"),
        List.of("2 * 3 = 6", "2 * 3 = 6"),
        // page numbers alone on a line
        List.of("\n2\n\tTỈNH ỦY HÀ TĨNH", "TỈNH ỦY HÀ TĨNH"),
        List.of("Đoạn một.\n- 2 -\nĐoạn hai.", "Đoạn một.\nĐoạn hai."),
        List.of("Đoạn một.\nTrang 3\nĐoạn hai.", "Đoạn một.\nĐoạn hai."),
        List.of("Đoạn một.\n1.\nĐoạn hai.", "Đoạn một.\n1.\nĐoạn hai."));
  }

  @ParameterizedTest
  @MethodSource("debrisRows")
  void removesDebris(List<String> row) {
    assertThat(norm(row.get(0))).isEqualTo(row.get(1));
  }

  static Stream<List<String>> joinRows() {
    return Stream.of(
        // lowercase continuation, across a blank line too
        List.of(
            "chưa nêu cao tinh thần\n\ntrách nhiệm trong",
            "chưa nêu cao tinh thần trách nhiệm trong"),
        List.of(
            "V/v đẩy mạnh kỷ cương, kỷ luật\nhành chính và nâng cao",
            "V/v đẩy mạnh kỷ cương, kỷ luật hành chính và nâng cao"),
        // across a page number that fell between the lines
        List.of(
            "kỷ luật, kỷ cương của\n\n- 2 -\n\ncán bộ, công chức",
            "kỷ luật, kỷ cương của cán bộ, công chức"),
        // a digit that is not a list number
        List.of(
            "Chỉ thị số 29-CT/TU ngày\n\n15/4/2025 của Ban",
            "Chỉ thị số 29-CT/TU ngày 15/4/2025 của Ban"),
        // list markers start their own line
        List.of(
            "yêu cầu:\n1. Tiếp tục\n2.1. Những việc\n- Một\n+ Hai\na) Ba\n• Bốn",
            "yêu cầu:\n1. Tiếp tục\n2.1. Những việc\n- Một\n+ Hai\na) Ba\n• Bốn"),
        // all-caps header lines stay separate, and never take body text
        List.of("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ", "ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ"),
        List.of("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ", "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ"),
        List.of(
            "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tiếp tục siết chặt",
            "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tiếp tục siết chặt"),
        // a capitalised line after a short (docx) line is a new paragraph
        List.of(
            "Về chấn chỉnh kỷ luật,\n kỷ cương hành chính\nĐẢNG CỘNG SẢN VIỆT NAM",
            "Về chấn chỉnh kỷ luật, kỷ cương hành chính\nĐẢNG CỘNG SẢN VIỆT NAM"),
        List.of("Đoạn một kết thúc\nĐoạn hai", "Đoạn một kết thúc\nĐoạn hai"),
        List.of(
            "Bullet trong ngoặc\n(không do cơ quan tổ chức).",
            "Bullet trong ngoặc (không do cơ quan tổ chức)."));
  }

  @ParameterizedTest
  @MethodSource("joinRows")
  void joinsHardWraps(List<String> row) {
    assertThat(norm(row.get(0))).isEqualTo(row.get(1));
  }

  @Test
  void joinsCapitalisedLinesOnlyInHardWrappedDocuments() {
    String wrapped =
        """
        Thời gian qua, Trung ương và tỉnh đã ban hành nhiều văn bản về siết chặt kỷ

        luật, kỷ cương hành chính, nâng cao đạo đức công vụ trong cán bộ, công chức,

        viên chức và cán bộ, chiến sỹ lực lượng vũ trang (sau đây gọi chung là cán bộ,

        công chức, viên chức); các cấp ủy, tổ chức đảng, chính quyền, các cơ quan, đơn vị

        đã cụ thể hóa bằng các quy định, quy chế, hướng dẫn và tổ chức thực hiện, bước

        thúc đẩy phát triển kinh tế - xã hội, củng cố niềm tin trong cán bộ, đảng viên và

        Nhân dân.

        3. Nêu cao vai trò, trách nhiệm nêu gương của người đứng đầu các cấp,

        các ngành

        Ngoài việc thực hiện tốt các nội dung đối với cán bộ, công chức, viên chức

        nêu trên, người đứng đầu cần thực hiện tốt các yêu cầu sau:

        2.1. Những việc phải thực hiện thường xuyên

        - Sẵn sàng nhận và hoàn thành tốt mọi nhiệm vụ được phân công; trách

        nhiệm trong tham mưu, đề xuất.
        """;
    assertThat(norm(wrapped).split("\n"))
        .extracting(line -> line.length() > 40 ? line.substring(0, 40) : line)
        .containsExactly(
            "Thời gian qua, Trung ương và tỉnh đã ban",
            "3. Nêu cao vai trò, trách nhiệm nêu gươn",
            "Ngoài việc thực hiện tốt các nội dung đố",
            "2.1. Những việc phải thực hiện thường xu",
            "- Sẵn sàng nhận và hoàn thành tốt mọi nh");
    assertThat(norm(wrapped)).contains("đảng viên và Nhân dân.", "các cấp, các ngành\n");
    // header fields at full width never take a capitalised line
    String header =
        "TỈNH THANH HÓA Độc lập - Tự do - Hạnh phúc tháng này có nhiều việc\n"
            + "Số: 123/UBND-VX Thanh Hóa, ngày 5 tháng 3 năm 2024 và các việc khác\n"
            + "Thanh Hóa, ngày 5 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh này\n"
            + "Kính gửi Sở Nội vụ và các cơ quan chuyên môn thuộc tỉnh Thanh Hóa\n"
            + wrapped;
    assertThat(norm(header).split("\n")).hasSize(9);
    // a date inside a body line is no header field
    assertThat(
            norm(
                wrapped.replace(
                    "thúc đẩy phát triển kinh tế - xã hội, củng cố niềm tin trong cán bộ, đảng viên"
                        + " và",
                    "thúc đẩy phát triển theo Nghị quyết ngày 15 tháng 3 năm 2024 của Ban Chấp"
                        + " hành")))
        .contains("của Ban Chấp hành Nhân dân.");
  }

  @Test
  void corpusDocument004HasOneLinePerListItem() throws IOException {
    String source = NormalizerGoldenTest.corpus("004_9eae9ce46508e63c");
    String text = norm(source);
    List<String> lines = List.of(text.split("\n"));
    int body = lines.indexOf("Nơi nhận:");
    assertThat(body).isPositive();
    List<String> items =
        lines.subList(0, body).stream()
            .filter(l -> l.startsWith("- ") || l.startsWith("+ "))
            .toList();
    long sourceItems =
        source
            .lines()
            .takeWhile(l -> !l.startsWith("Nơi nhận"))
            .map(String::strip)
            .filter(l -> l.startsWith("- ") || l.startsWith("+ "))
            .count();
    assertThat(items).hasSize((int) sourceItems).hasSize(43);
    assertThat(items).allSatisfy(item -> assertThat(item).matches("(?s).*[.;:]"));
    assertThat(lines)
        .noneMatch(l -> Character.isLowerCase(l.codePointAt(0)) && !l.startsWith("về "));
    assertThat(lines)
        .contains(
            "về tiếp tục siết chặt kỷ luật, kỷ cương hành chính, nâng cao đạo đức công vụ trong cán"
                + " bộ, công chức, viên chức và cán bộ, chiến sỹ lực lượng vũ trang, đáp ứng yêu"
                + " cầu nhiệm vụ",
            "2.1. Những việc phải thực hiện thường xuyên",
            "2.2. Những việc không được làm",
            "3. Nêu cao vai trò, trách nhiệm nêu gương của người đứng đầu các cấp, các ngành",
            "4. Đổi mới phương thức lãnh đạo, nâng cao chất lượng hội họp",
            "6. Tổ chức thực hiện",
            "- Sử dụng rượu, bia ngay trước, trong giờ làm việc, giờ nghỉ trưa các ngày làm việc;"
                + " làm việc riêng, chơi thể thao và các hình thức giải trí khác trong giờ làm việc"
                + " (không do cơ quan, đơn vị tổ chức).",
            "- Tiếp tục nâng cao chất lượng hội họp:");
  }

  @ParameterizedTest
  @MethodSource("vanban.normalize.NormalizerGoldenTest#corpusNames")
  void corpusIsIdempotentAndMapsBack(String name) throws IOException {
    String source = NormalizerGoldenTest.corpus(name);
    NormalizedText normalized = normalizer.normalize(source);
    assertThat(norm(normalized.text())).isEqualTo(normalized.text());
    assertOffsetsSane(source, normalized);
    assertSameLetters(source, normalized);
  }

  @ParameterizedTest
  @MethodSource("vanban.normalize.NormalizerGoldenTest#corpusNames")
  void corpusInNfdWithCrlfGivesTheSameText(String name) throws IOException {
    String source = NormalizerGoldenTest.corpus(name);
    String variant = Normalizer.normalize(source, Normalizer.Form.NFD).replace("\n", "\r\n");
    NormalizedText normalized = normalizer.normalize(variant);
    assertThat(normalized.text()).isEqualTo(norm(source));
    assertOffsetsSane(variant, normalized);
    assertSameLetters(variant, normalized);
  }

  @Test
  void randomInputNeverThrowsIsIdempotentAndMapsMonotonically() {
    String alphabet =
        "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
            + "ùúủũụừứửữựỳýỷỹỵÐðoauy";
    String specials =
        " \u00A0\t\n\n\r*-–—.,;:()“”/0123456789\u0300\u0301\u0303\u0309\u0323\u200B\u00AD[]_";
    Random random = new Random(20261122L);
    for (int n = 0; n < 3000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(120);
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(10);
        if (pick < 5) {
          s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        } else if (pick < 8) {
          s.append(specials.charAt(random.nextInt(specials.length())));
        } else if (pick < 9) {
          s.appendCodePoint(random.nextInt(0x10FFFF + 1)); // may be a lone surrogate, too
        } else {
          s.append(
              List.of("**", "[bookmark: _x]", "\n2\n", "- ", "1. ", "UỶ", "quý ", "\n\n")
                  .get(random.nextInt(8)));
        }
      }
      String source = s.toString();
      NormalizedText once = normalizer.normalize(source);
      assertThat(normalizer.normalize(once.text()).text())
          .as("idempotent on %s", escape(source))
          .isEqualTo(once.text());
      assertOffsetsSane(source, once);
    }
  }

  @Test
  void toSourceCoversWholeClusters() {
    String source = "  Ho\u0301a   \u0111o\u0300n";
    NormalizedText normalized = normalizer.normalize(source);
    assertThat(normalized.text()).isEqualTo("Hóa đòn");
    assertThat(normalized.toSource(new Span(0, 3))).isEqualTo(new Span(2, 6));
    assertThat(normalized.toSource(new Span(4, 7))).isEqualTo(new Span(9, 13));
    assertThat(normalized.sourceOffset(normalized.text().length())).isEqualTo(source.length());
  }

  @Test
  void joinedWrapMapsToFirstCharAfterBreak() {
    String source = "tinh thần\n\ntrách nhiệm";
    NormalizedText normalized = normalizer.normalize(source);
    int space = normalized.text().indexOf(' ', "tinh thần".length());
    assertThat(normalized.sourceOffset(space)).isEqualTo(source.indexOf("trách"));
  }

  private static void assertOffsetsSane(String source, NormalizedText normalized) {
    int previous = 0;
    for (int i = 0; i <= normalized.text().length(); i++) {
      int offset = normalized.sourceOffset(i);
      assertThat(offset).isBetween(previous, source.length());
      previous = offset;
    }
  }

  // Every non-space output char comes from the same letter, modulo the normalizations: NFC, tone
  // placement (marks stripped), dash and space look-alikes, Ð for Đ.
  private static void assertSameLetters(String source, NormalizedText normalized) {
    String text = normalized.text();
    IntStream.range(0, text.length())
        .filter(i -> text.charAt(i) != ' ' && text.charAt(i) != '\n')
        .forEach(
            i -> {
              String from = source.substring(normalized.sourceOffset(i), normalized.sourceEnd(i));
              assertThat(base(from))
                  .as("char %d '%s' from '%s'", i, text.charAt(i), from)
                  .isEqualTo(base(String.valueOf(text.charAt(i))));
            });
  }

  private static String base(String s) {
    String stripped = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return stripped.replace('Ð', 'Đ').replace('ð', 'đ').replaceAll("[\u2010-\u2015\u2212]", "-");
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            cp ->
                out.append(
                    cp < 0x20 || cp > 0x7e
                        ? String.format("\\u%04x", cp)
                        : String.valueOf((char) cp)));
    return out.toString();
  }
}
