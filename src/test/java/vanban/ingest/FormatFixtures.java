package vanban.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes a text (one paragraph per line) as an .html, .docx or .pdf file, so tests can check that
 * every format of a document reads back to the same text.
 *
 * <p>Blank lines are left out in every format (HTML and PDF cannot keep them), so what {@link
 * DocumentReader} reads back is the text's non-blank lines, in order. HTML collapses runs of spaces
 * and tabs to one space, as a browser does; the PDF writes a tab as a space.
 */
public final class FormatFixtures {
  private static final List<String> FONT_CANDIDATES =
      List.of(
          "DejaVuSans.ttf",
          "DejaVuSerif.ttf",
          "LiberationSerif-Regular.ttf",
          "LiberationSans-Regular.ttf",
          "NotoSans-Regular.ttf",
          "NotoSerif-Regular.ttf");

  private FormatFixtures() {}

  /** The non-blank lines of {@code text}: what every fixture format reads back as. */
  public static List<String> paragraphs(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return lines;
  }

  /**
   * Writes {@code dir/stem.html}: a UTF-8 page whose article holds one {@code <p>} per paragraph,
   * wrapped in the chrome a real site has (navigation, header, script, footer), which the reader
   * must drop.
   */
  public static Path writeHtml(Path dir, String stem, String text) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(escape(stem))
        .append("</title>\n")
        .append("<style>p { margin: 0 }</style>\n")
        .append("<script>var trang = 'Trang chủ';</script>\n</head>\n<body>\n")
        .append("<header class=\"site-header\"><a href=\"/\">Cổng thông tin điện tử</a></header>\n")
        .append("<nav><ul><li><a href=\"/\">Trang chủ</a></li><li>Văn bản</li></ul></nav>\n")
        .append("<div class=\"breadcrumb\">Trang chủ › Văn bản</div>\n")
        .append("<main>\n<article>\n");
    for (String p : paragraphs(text)) {
      html.append("<p>").append(escape(p)).append("</p>\n");
    }
    html.append("</article>\n</main>\n")
        .append("<aside class=\"sidebar\">Văn bản mới</aside>\n")
        .append("<footer>Bản quyền thuộc Ủy ban nhân dân tỉnh</footer>\n</body>\n</html>\n");
    return write(
        dir.resolve(stem + ".html"),
        html.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Writes {@code dir/stem.docx} with POI: one Word paragraph per paragraph. */
  public static Path writeDocx(Path dir, String stem, String text) {
    Path file = dir.resolve(stem + ".docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      for (String p : paragraphs(text)) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Writes {@code dir/stem.pdf} with PDFBox: one text line per paragraph, on a page wide enough
   * that no paragraph wraps and tall enough for about a thousand paragraphs (more go on further
   * pages, and a page break reads back as a blank line), in a TrueType font with Vietnamese glyphs
   * found under /usr/share/fonts.
   *
   * @throws IllegalStateException when no such font is installed; check {@link #vietnameseFont()}
   */
  public static Path writePdf(Path dir, String stem, String text) {
    return writePdfFile(dir.resolve(stem + ".pdf"), text, null);
  }

  /** As {@link #writePdf(Path, String, String)}, opened only with {@code password}. */
  public static Path writeEncryptedPdf(Path dir, String stem, String text, String password) {
    return writePdfFile(dir.resolve(stem + ".pdf"), text, password);
  }

  /**
   * A TrueType font with Vietnamese glyphs (DejaVu, Liberation or Noto), if the machine has one.
   */
  public static Optional<Path> vietnameseFont() {
    for (Path root : List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      for (String name : FONT_CANDIDATES) {
        try (Stream<Path> found =
            Files.find(
                root,
                6,
                (p, attrs) -> attrs.isRegularFile() && p.getFileName().toString().equals(name))) {
          Optional<Path> font = found.sorted().findFirst();
          if (font.isPresent()) {
            return font;
          }
        } catch (IOException e) {
          // an unreadable font directory is the same as no font
        }
      }
    }
    return Optional.empty();
  }

  private static Path writePdfFile(Path file, String text, String password) {
    Path fontFile =
        vietnameseFont()
            .orElseThrow(
                () ->
                    new IllegalStateException("no TrueType font with Vietnamese glyphs installed"));
    float size = 10;
    float leading = 14;
    float margin = 36;
    // One tall page where possible (PDF pages stop at 14400 units): a page break reads as a blank
    // line.
    int linesPerPage = (int) ((14400 - 2 * margin) / leading);
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, fontFile.toFile());
      List<String> lines = new ArrayList<>();
      float widest = 0;
      for (String p : paragraphs(text)) {
        String line = printable(font, p.replace('\t', ' '));
        lines.add(line);
        widest = Math.max(widest, font.getStringWidth(line) / 1000 * size);
      }
      float width = Math.max(PDRectangle.A4.getWidth(), widest + 2 * margin);
      float height =
          Math.max(
              PDRectangle.A4.getHeight(),
              Math.min(linesPerPage, lines.size()) * leading + 2 * margin);
      for (int start = 0; start < lines.size(); start += linesPerPage) {
        PDPage page = new PDPage(new PDRectangle(width, height));
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, size);
          content.setLeading(leading);
          content.newLineAtOffset(margin, height - margin);
          for (String line : lines.subList(start, Math.min(lines.size(), start + linesPerPage))) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      if (password != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy(password + "-owner", password, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  // A character the font has no glyph for cannot be drawn; a fixture shows it as '?'.
  private static String printable(PDType0Font font, String line) {
    StringBuilder out = new StringBuilder();
    line.codePoints()
        .forEach(
            cp -> {
              String s = new String(Character.toChars(cp));
              try {
                font.encode(s);
                out.append(s);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
