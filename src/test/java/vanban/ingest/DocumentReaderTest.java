package vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentReaderTest {
  static final String TEXT =
      """
      ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ
      Số: 907/UBND-NV
      V/v đẩy mạnh kỷ cương, kỷ luật hành chính

      Kính gửi: Thủ trưởng các Sở, ban, ngành cấp tỉnh.
      Đề nghị các cơ quan, đơn vị thực hiện nghiêm túc nội dung Công văn này.""";

  static final String EXPECTED = String.join("\n", FormatFixtures.paragraphs(TEXT));

  private final DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);

  @TempDir Path dir;

  // --- every format ---

  @Test
  void readsHtml() throws Exception {
    SourceText read = reader.read(FormatFixtures.writeHtml(dir, "cv", TEXT));

    assertThat(read).isEqualTo(new SourceText(EXPECTED, "html", "UTF-8", List.of()));
  }

  @Test
  void readsDocx() throws Exception {
    SourceText read = reader.read(FormatFixtures.writeDocx(dir, "cv", TEXT));

    assertThat(read).isEqualTo(new SourceText(EXPECTED, "docx", null, List.of()));
  }

  @Test
  void readsPdf() throws Exception {
    assumeThat(FormatFixtures.vietnameseFont())
        .as("a TrueType font with Vietnamese glyphs")
        .isPresent();

    SourceText read = reader.read(FormatFixtures.writePdf(dir, "cv", TEXT));

    assertThat(read).isEqualTo(new SourceText(EXPECTED, "pdf", null, List.of()));
  }

  /**
   * corpus-001.doc: corpus/001 written as .docx by FormatFixtures, saved as Word 97 by LibreOffice.
   */
  @Test
  void readsDoc() throws Exception {
    Path doc = copyResource("corpus-001.doc");
    String corpus = Files.readString(Path.of("corpus/001_7e46c23dc3c449d0.txt"));

    SourceText read = reader.read(doc);

    assertThat(read.format()).isEqualTo("doc");
    assertThat(read.charset()).isNull();
    assertThat(FormatFixtures.paragraphs(read.text())).isEqualTo(FormatFixtures.paragraphs(corpus));
  }

  @Test
  void everyFormatOfACorpusDocumentReadsAsItsParagraphs() throws Exception {
    assumeThat(FormatFixtures.vietnameseFont()).isPresent();
    String corpus = Files.readString(Path.of("corpus/004_9eae9ce46508e63c.txt"));
    String expected = String.join("\n", FormatFixtures.paragraphs(corpus));

    for (Path file :
        List.of(
            FormatFixtures.writeDocx(dir, "004", corpus),
            FormatFixtures.writePdf(dir, "004", corpus))) {
      assertThat(reader.read(file).text()).as(file.toString()).isEqualTo(expected);
    }
    // HTML collapses runs of spaces and tabs, as a browser does
    assertThat(reader.read(FormatFixtures.writeHtml(dir, "004", corpus)).text())
        .isEqualTo(expected.replaceAll("[ \\t]+", " ").replaceAll(" ?\n ?", "\n"));
  }

  @Test
  void convertsLegacyFontParagraphsOfADocx() throws Exception {
    String vni = LegacyEncoding.VNI.encode("Đề nghị các sở, ban, ngành thực hiện nghiêm túc");
    Path docx = FormatFixtures.writeDocx(dir, "vni", "Số: 12/CT-UBND\n" + vni);

    SourceText read = reader.read(docx);

    assertThat(read.text())
        .isEqualTo("Số: 12/CT-UBND\nĐề nghị các sở, ban, ngành thực hiện nghiêm túc");
    assertThat(read.warnings()).containsExactly("converted from VNI");
  }

  // --- format by content, not by name ---

  static Stream<Arguments> misnamed() {
    return Stream.of(
        Arguments.of("pdf as .txt", "pdf", "cv.txt"),
        Arguments.of("docx as .pdf", "docx", "cv.pdf"),
        Arguments.of("docx without extension", "docx", "cv"),
        Arguments.of("html without extension", "html", "cv"),
        Arguments.of("html as .txt", "html", "cv.txt"),
        Arguments.of("text as .pdf", "txt", "cv.pdf"),
        Arguments.of("text as .docx", "txt", "cv.docx"),
        Arguments.of("text as .html", "txt", "cv.html"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("misnamed")
  void detectsTheFormatByContent(String name, String realFormat, String fileName) throws Exception {
    if (realFormat.equals("pdf")) {
      assumeThat(FormatFixtures.vietnameseFont()).isPresent();
    }
    Path real =
        switch (realFormat) {
          case "pdf" -> FormatFixtures.writePdf(dir, "real", TEXT);
          case "docx" -> FormatFixtures.writeDocx(dir, "real", TEXT);
          case "html" -> FormatFixtures.writeHtml(dir, "real", TEXT);
          default -> Files.writeString(dir.resolve("real"), TEXT);
        };
    Path misnamed = Files.move(real, dir.resolve(fileName));

    SourceText read = reader.read(misnamed);

    assertThat(read.format()).isEqualTo(realFormat);
    assertThat(FormatFixtures.paragraphs(read.text())).isEqualTo(FormatFixtures.paragraphs(TEXT));
  }

  // --- bad input is a reason, never a runtime exception ---

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of("empty file", "a.txt", new byte[0], "empty file"),
        Arguments.of(
            "spaces and line breaks",
            "a.txt",
            " \n\t\r\n \u00a0".getBytes(StandardCharsets.UTF_8),
            "no text: the file holds nothing but whitespace"),
        Arguments.of(
            "UTF-16 whitespace",
            "a.txt",
            "\ufeff   \n  ".getBytes(StandardCharsets.UTF_16LE),
            "no text: the file holds nothing but whitespace"),
        Arguments.of(
            "html with only chrome",
            "a.html",
            "<html><body><nav>Trang chủ</nav><script>x()</script></body></html>"
                .getBytes(StandardCharsets.UTF_8),
            "no text: the file holds nothing but whitespace"),
        Arguments.of(
            "docx without text",
            "a.docx",
            FormatFixturesBytes.emptyDocx(),
            "no text: the file holds nothing but whitespace"),
        Arguments.of(
            "binary", "a.txt", binary(), "binary file (application/octet-stream), not a document"),
        Arguments.of(
            "zeros like UTF-16, controls between",
            "a.txt",
            utf16LikeBinary(),
            "binary file (application/octet-stream), not a document"),
        Arguments.of("png", "a.pdf", png(), "binary file (image/png), not a document"),
        Arguments.of(
            "plain zip",
            "a.zip",
            zip("readme.txt", "Xin chào"),
            "binary file (application/zip), not a document"),
        Arguments.of(
            "truncated pdf",
            "a.pdf",
            "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.US_ASCII),
            "corrupt PDF: "),
        Arguments.of(
            "encrypted docx",
            "a.docx",
            FormatFixturesBytes.encryptedDocx(),
            "password-protected document"),
        Arguments.of(
            "encrypted docx named .txt",
            "a.txt",
            FormatFixturesBytes.encryptedDocx(),
            "password-protected document"),
        Arguments.of(
            "docx with broken XML", "a.docx", FormatFixturesBytes.brokenDocx(), "corrupt DOCX: "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void rejectsBadInputWithAReason(String name, String fileName, byte[] bytes, String reason)
      throws Exception {
    Path file = Files.write(dir.resolve(fileName), bytes);

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOfSatisfying(
            IngestException.class,
            e -> {
              assertThat(e.path()).isEqualTo(file);
              if (reason.endsWith(": ")) {
                assertThat(e.reason()).startsWith(reason).hasSizeGreaterThan(reason.length());
              } else {
                assertThat(e.reason()).isEqualTo(reason);
              }
              assertThat(e.getMessage()).isEqualTo(e.reason());
            });
  }

  @Test
  void rejectsAFileOverTheLimit() throws Exception {
    Path file = Files.writeString(dir.resolve("big.txt"), "Chỉ thị số 26/CT-TTg"); // 26 bytes

    assertThat(new DocumentReader(26).read(file).text()).isEqualTo("Chỉ thị số 26/CT-TTg");
    assertThatThrownBy(() -> new DocumentReader(25).read(file))
        .isInstanceOf(IngestException.class)
        .hasMessage("file is 26 bytes, over the limit of 25");
  }

  @Test
  void rejectsAPasswordProtectedPdf() throws Exception {
    assumeThat(FormatFixtures.vietnameseFont()).isPresent();
    Path pdf = FormatFixtures.writeEncryptedPdf(dir, "secret", TEXT, "mật-khẩu");

    assertThatThrownBy(() -> reader.read(pdf)).hasMessage("password-protected PDF");
  }

  @Test
  void rejectsAPdfWithoutText() throws Exception {
    assumeThat(FormatFixtures.vietnameseFont()).isPresent();
    Path pdf = FormatFixtures.writePdf(dir, "scan", "   ");

    assertThatThrownBy(() -> reader.read(pdf))
        .hasMessage("no text: the PDF has no text layer (a scan?)");
  }

  @Test
  void rejectsACorruptPdfMidway() throws Exception {
    assumeThat(FormatFixtures.vietnameseFont()).isPresent();
    byte[] whole = Files.readAllBytes(FormatFixtures.writePdf(dir, "whole", TEXT));
    Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length / 3));

    assertThatThrownBy(() -> reader.read(cut))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith("corrupt PDF: ");
  }

  @Test
  void rejectsATruncatedDocx() throws Exception {
    byte[] whole = Files.readAllBytes(FormatFixtures.writeDocx(dir, "whole", TEXT));
    Path cut = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(whole, whole.length / 2));

    assertThatThrownBy(() -> reader.read(cut))
        .isInstanceOf(IngestException.class)
        .message()
        .matches("corrupt DOCX: .+|binary file \\(.+\\), not a document");
  }

  @Test
  void rejectsATruncatedDoc() throws Exception {
    byte[] whole = Files.readAllBytes(copyResource("corpus-001.doc"));
    Path cut = Files.write(dir.resolve("cut.doc"), Arrays.copyOf(whole, whole.length / 2));

    assertThatThrownBy(() -> reader.read(cut))
        .isInstanceOf(IngestException.class)
        .message()
        .matches("corrupt DOC: .+|binary file \\(.+\\), not a document");
  }

  @Test
  void rejectsAMissingFile() {
    Path missing = dir.resolve("missing.txt");

    assertThatThrownBy(() -> reader.read(missing)).hasMessage("no such file or directory");
  }

  @Test
  void rejectsADirectory() {
    assertThatThrownBy(() -> reader.read(dir)).hasMessage("is a directory");
  }

  @Test
  void rejectsADanglingSymlink() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("gone.txt"));

    assertThatThrownBy(() -> reader.read(link)).hasMessage("dangling symbolic link");
  }

  @Test
  void readsThroughASymlink() throws Exception {
    Path target = Files.writeString(dir.resolve("target.txt"), "Kính gửi: các sở");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);

    assertThat(reader.read(link).text()).isEqualTo("Kính gửi: các sở");
  }

  @Test
  void rejectsAnUnreadableFile() throws Exception {
    Path file = Files.writeString(dir.resolve("locked.txt"), "Kính gửi: các sở");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    // root reads anything: chmod 000 proves nothing there
    assumeThat(Files.isReadable(file)).as("running as root").isFalse();

    assertThatThrownBy(() -> reader.read(file)).hasMessage("permission denied");
  }

  @Test
  void rejectsANonPositiveLimit() {
    assertThatThrownBy(() -> new DocumentReader(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private Path copyResource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }

  private static byte[] binary() {
    byte[] bytes = new byte[512];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0 : i * 37);
    }
    return bytes;
  }

  private static byte[] utf16LikeBinary() {
    byte[] bytes = new byte[512];
    for (int i = 0; i < bytes.length; i += 2) {
      bytes[i] = (byte) (1 + i % 8);
    }
    return bytes;
  }

  private static byte[] png() {
    byte[] bytes = new byte[64];
    byte[] magic = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    System.arraycopy(magic, 0, bytes, 0, magic.length);
    return bytes;
  }

  private static byte[] zip(String entry, String content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }
}
