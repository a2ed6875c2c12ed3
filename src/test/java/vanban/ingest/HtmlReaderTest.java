package vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlReaderTest {
  private final DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);

  @TempDir Path dir;

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of(
            "paragraphs and headings are lines",
            "<h1>CHỈ THỊ</h1><p>Về việc   tăng cường\n kỷ luật</p><div>Kính gửi: các sở</div>",
            "CHỈ THỊ\nVề việc tăng cường kỷ luật\nKính gửi: các sở"),
        Arguments.of(
            "br breaks a line, inline tags do not",
            "<p><b>ỦY BAN NHÂN DÂN</b><br>TỈNH <i>HÀ</i> TĨNH</p>",
            "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH"),
        Arguments.of(
            "list items are lines",
            "<p>Nơi nhận:</p><ul><li>Như trên;</li><li>Lưu: VT.</li></ul>",
            "Nơi nhận:\nNhư trên;\nLưu: VT."),
        Arguments.of(
            "a two-column layout table: each cell a column, on lines of its own",
            "<table><tr><td>TỈNH ỦY HÀ TĨNH</td><td>ĐẢNG CỘNG SẢN VIỆT NAM</td></tr><tr><td>Số"
                + " 1567-CV/TU</td><td><i>Hà Tĩnh, ngày 16 tháng 02 năm 2023</i></td></tr></table>",
            "TỈNH ỦY HÀ TĨNH\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                + "Số 1567-CV/TU\nHà Tĩnh, ngày 16 tháng 02 năm 2023"),
        Arguments.of(
            "a data table: rows are lines, cells tab-separated",
            "<table><tr><td>1</td><td>Sở Nội vụ</td><td>hằng quý</td></tr></table>",
            "1\tSở Nội vụ\thằng quý"),
        Arguments.of(
            "paragraphs inside cells stay lines",
            "<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH THỪA THIÊN HUẾ</p></td>"
                + "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p></td></tr></table>",
            "ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        Arguments.of(
            "chrome elements are dropped",
            "<header>Cổng thông tin</header><nav>Trang chủ</nav><script>var"
                + " a='x';</script><style>p{}</style><form><input value='Tìm"
                + " kiếm'>Tìm</form><aside>Tin mới</aside><p>Nội dung văn bản</p><footer>Bản"
                + " quyền</footer><noscript>Bật JavaScript</noscript>",
            "Nội dung văn bản"),
        Arguments.of(
            "chrome by id or class is dropped",
            "<div id='main-menu'>Giới thiệu</div><div class='breadcrumb'>Trang chủ › Văn bản</div>"
                + "<div class='left sidebar'>Liên kết</div><div class='site_footer'>Liên hệ</div>"
                + "<div class='navbar-top'>Đăng nhập</div><p class='content'>Nội dung văn bản</p>",
            "Nội dung văn bản"),
        Arguments.of(
            "a class merely containing the letters stays",
            "<p class='canvas-text'>Kính gửi</p><p class='menuitem-like'>các sở</p>",
            "Kính gửi\ncác sở"),
        Arguments.of(
            "hidden elements are dropped",
            "<p hidden>ẩn</p><p style='display: none'>ẩn</p><p style='visibility:hidden'>ẩn</p>"
                + "<p aria-hidden='true'>ẩn</p><p class='d-none'>ẩn</p>"
                + "<span class='sr-only'>ẩn</span><p class='unhidden'>Hiện</p>",
            "Hiện"),
        Arguments.of(
            "an article's own header is kept",
            "<article><header><h1>Kết luận số 29-KL/TU</h1></header><p>Nội dung</p></article>",
            "Kết luận số 29-KL/TU\nNội dung"),
        Arguments.of(
            "pre keeps its line breaks", "<pre>Điều 1.\n  Khoản 1</pre>", "Điều 1.\n  Khoản 1"),
        Arguments.of(
            "entities and no-break spaces are decoded, not dropped",
            "<p>Số&nbsp;26/CT-TTg &amp; Số 12</p>",
            "Số\u00a026/CT-TTg & Số 12"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void extractsTheBodyText(String name, String body, String expected) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("page.html"),
            "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Tiêu đề</title></head><body>"
                + body
                + "</body></html>",
            StandardCharsets.UTF_8);

    assertThat(reader.read(file).text()).isEqualTo(expected);
  }

  static Stream<Arguments> charsets() {
    String text = "Đề nghị các sở thực hiện nghiêm túc";
    return Stream.of(
        Arguments.of(
            "meta windows-1258",
            bytes1258(page("<meta charset=\"windows-1258\">", text)),
            "windows-1258",
            List.of()),
        Arguments.of(
            "http-equiv windows-1258",
            bytes1258(
                page(
                    "<meta http-equiv=\"Content-Type\" content=\"text/html;"
                        + " charset=windows-1258\">",
                    text)),
            "windows-1258",
            List.of()),
        Arguments.of(
            "UTF-8 BOM, no meta", VietnameseEncoders.utf8Bom(page("", text)), "UTF-8", List.of()),
        Arguments.of(
            "UTF-16LE BOM overrides meta",
            VietnameseEncoders.utf16LeBom(page("<meta charset=\"windows-1258\">", text)),
            "UTF-16LE",
            List.of()),
        Arguments.of(
            "no declaration, UTF-8",
            page("", text).getBytes(StandardCharsets.UTF_8),
            "UTF-8",
            List.of()),
        Arguments.of(
            "no declaration, windows-1258", bytes1258(page("", text)), "windows-1258", List.of()),
        Arguments.of(
            "declared UTF-8, really windows-1258",
            bytes1258(page("<meta charset=\"utf-8\">", text)),
            "windows-1258",
            List.of("declared charset UTF-8 does not match the bytes; read as windows-1258")),
        Arguments.of(
            "VNI font page declared windows-1252",
            page("<meta charset=\"windows-1252\">", LegacyEncoding.VNI.encode(text))
                .getBytes(VietnameseEncoders.WINDOWS_1252),
            "windows-1252",
            List.of("converted from VNI")),
        Arguments.of(
            "unknown charset",
            page("<meta charset=\"x-no-such\">", text).getBytes(StandardCharsets.UTF_8),
            "UTF-8",
            List.of("unknown declared charset x-no-such; read as UTF-8")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charsets")
  void respectsTheDeclaredCharsetAndBom(
      String name, byte[] bytes, String charset, List<String> warnings) throws Exception {
    Path file = Files.write(dir.resolve("page.htm"), bytes);

    SourceText read = reader.read(file);

    assertThat(read.text()).isEqualTo("Đề nghị các sở thực hiện nghiêm túc");
    assertThat(read.format()).isEqualTo("html");
    assertThat(read.charset()).isEqualTo(charset);
    assertThat(read.warnings()).isEqualTo(warnings);
  }

  @Test
  void readsTheMetaDeclarationOnly() {
    assertThat(
            HtmlReader.declaredCharset("<meta charset=utf-8>".getBytes(StandardCharsets.US_ASCII)))
        .contains("utf-8");
    assertThat(
            HtmlReader.declaredCharset("<p>charset=utf-8</p>".getBytes(StandardCharsets.US_ASCII)))
        .isEmpty();
  }

  private static String page(String meta, String text) {
    return "<html><head>" + meta + "<title>x</title></head><body><p>" + text + "</p></body></html>";
  }

  private static byte[] bytes1258(String html) {
    return VietnameseEncoders.windows1258(html);
  }
}
