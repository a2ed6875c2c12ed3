package vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plain-text files in every encoding Vietnamese documents come in read back to the same Unicode.
 */
class TextEncodingTest {
  // Real sentences of a công văn; TCVN3 cannot write an uppercase letter with a tone, so the
  // TCVN3 rows use the lowercase-safe sentence.
  static final String SENTENCES =
      """
      ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ
      Số: 907/UBND-NV
      V/v đẩy mạnh kỷ cương, kỷ luật hành chính và nâng cao hiệu quả, hiệu lực hoạt động
      Đề nghị Thủ trưởng các Sở, ban, ngành cấp tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã
      quán triệt, triển khai thực hiện nghiêm túc; báo cáo kết quả trước ngày 15/12/2022.
      Ưu tiên nguồn lực, ổn định đời sống; khuyến khích người dân tham gia giám sát.""";

  static final String TCVN3_SAFE =
      """
      Đề nghị các sở, ban, ngành cấp tỉnh và ủy ban nhân dân các huyện, thị xã, thành phố
      Việc chấp hành kỷ luật, kỷ cương hành chính đã có sự chuyển biến rõ nét trong nhận thức
      của người đứng đầu và cán bộ, công chức, viên chức; Ưu tiên ổn định đời sống.""";

  private final DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);

  @TempDir Path dir;

  static Stream<Arguments> encodings() {
    return Stream.of(
        row("UTF-8", SENTENCES, t -> t.getBytes(StandardCharsets.UTF_8), "UTF-8", List.of()),
        row("UTF-8 BOM", SENTENCES, VietnameseEncoders::utf8Bom, "UTF-8", List.of()),
        row(
            "UTF-8 NFD",
            SENTENCES,
            t -> Normalizer.normalize(t, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8),
            "UTF-8",
            List.of()),
        row("UTF-16LE BOM", SENTENCES, VietnameseEncoders::utf16LeBom, "UTF-16LE", List.of()),
        row("UTF-16BE BOM", SENTENCES, VietnameseEncoders::utf16BeBom, "UTF-16BE", List.of()),
        row(
            "UTF-16LE",
            SENTENCES,
            t -> t.getBytes(StandardCharsets.UTF_16LE),
            "UTF-16LE",
            List.of()),
        row(
            "UTF-16BE",
            SENTENCES,
            t -> t.getBytes(StandardCharsets.UTF_16BE),
            "UTF-16BE",
            List.of()),
        row("windows-1258", SENTENCES, VietnameseEncoders::windows1258, "windows-1258", List.of()),
        row(
            "TCVN3",
            TCVN3_SAFE,
            VietnameseEncoders::tcvn3,
            "TCVN3",
            List.of("converted from TCVN3")),
        row("VNI", SENTENCES, VietnameseEncoders::vni, "VNI", List.of("converted from VNI")),
        row(
            "windows-1258, one word",
            "Hà Nội",
            VietnameseEncoders::windows1258,
            "windows-1258",
            List.of()),
        row(
            "VNI, one line",
            "Chỉ thị về tăng cường kỷ luật",
            VietnameseEncoders::vni,
            "VNI",
            List.of("converted from VNI")),
        row(
            "TCVN3, one line",
            "Bảo Thắng, Mường Khương",
            VietnameseEncoders::tcvn3,
            "TCVN3",
            List.of("converted from TCVN3")),
        // negative: Western European text in an 8-bit file is not converted to Vietnamese
        row(
            "8-bit French",
            "Café crème à la française",
            t -> t.getBytes(VietnameseEncoders.WINDOWS_1252),
            "windows-1258",
            List.of()));
  }

  private static Arguments row(
      String name,
      String text,
      Function<String, byte[]> encoder,
      String charset,
      List<String> warnings) {
    return Arguments.of(name, text, encoder, charset, warnings);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void readsEveryEncodingBackToTheSameUnicode(
      String name,
      String text,
      Function<String, byte[]> encoder,
      String charset,
      List<String> warnings)
      throws Exception {
    Path file = Files.write(dir.resolve("doc.txt"), encoder.apply(text));

    SourceText read = reader.read(file);

    assertThat(read.text()).isEqualTo(text);
    assertThat(read.format()).isEqualTo("txt");
    assertThat(read.charset()).isEqualTo(charset);
    assertThat(read.warnings()).isEqualTo(warnings);
  }

  static Stream<Arguments> corpusEncodings() throws IOException {
    return corpusFiles()
        .flatMap(
            p ->
                Stream.of(
                    Arguments.of(
                        p,
                        "windows-1258",
                        (Function<String, byte[]>) VietnameseEncoders::windows1258),
                    Arguments.of(p, "VNI", (Function<String, byte[]>) VietnameseEncoders::vni),
                    Arguments.of(
                        p,
                        "TCVN3",
                        (Function<String, byte[]>)
                            t -> VietnameseEncoders.tcvn3(VietnameseEncoders.tcvn3Readable(t))),
                    Arguments.of(
                        p,
                        "UTF-16LE",
                        (Function<String, byte[]>) t -> t.getBytes(StandardCharsets.UTF_16LE))));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("corpusEncodings")
  void readsEveryCorpusDocumentInEveryEncoding(
      Path original, String charset, Function<String, byte[]> encoder) throws Exception {
    String expected = reader.read(original).text();
    if (charset.equals("TCVN3")) {
      expected = VietnameseEncoders.tcvn3Readable(expected);
    }
    Path file = Files.write(dir.resolve("doc.txt"), encoder.apply(Files.readString(original)));

    SourceText read = reader.read(file);

    assertThat(read.text()).isEqualTo(expected);
    assertThat(read.charset()).isEqualTo(charset);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusFiles")
  void readsTheCorpusAsItIsWithoutConverting(Path original) throws Exception {
    String file = Files.readString(original);

    SourceText read = reader.read(original);

    assertThat(read.charset()).isEqualTo("UTF-8");
    assertThat(read.warnings()).isEmpty();
    // only trailing blanks of a line and blank lines at either end go
    assertThat(read.text())
        .isEqualTo(file.replaceAll("[ \\t]+(\n|$)", "$1").replaceAll("^\n+|\n+$", ""));
  }

  static Stream<Path> corpusFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @Test
  void repairsLegacyTextSavedAsUtf8() throws Exception {
    String vni = LegacyEncoding.VNI.encode("Đề nghị các sở, ban, ngành thực hiện");
    Path file =
        Files.writeString(
            dir.resolve("mojibake.txt"),
            "Số: 12/CT-UBND\n" + vni + "\nỦy ban nhân dân tỉnh\n",
            StandardCharsets.UTF_8);

    SourceText read = reader.read(file);

    assertThat(read.text())
        .isEqualTo("Số: 12/CT-UBND\nĐề nghị các sở, ban, ngành thực hiện\nỦy ban nhân dân tỉnh");
    assertThat(read.charset()).isEqualTo("UTF-8");
    assertThat(read.warnings()).containsExactly("converted from VNI");
  }

  @Test
  void readsMarkdownAsTextAndLineEndings() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("note.md"),
            "**ỦY BAN NHÂN DÂN**\r\n\r\n- Kính gửi:\tcác sở\u00a0ngành\r\n",
            StandardCharsets.UTF_8);

    SourceText read = reader.read(file);

    assertThat(read.format()).isEqualTo("md");
    // The markup is CommonMark's (MarkdownReader); the lines and their characters are the text's.
    assertThat(read.text()).isEqualTo("ỦY BAN NHÂN DÂN\n\n- Kính gửi:\tcác sở\u00a0ngành");
  }
}
