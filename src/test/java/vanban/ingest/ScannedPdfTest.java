package vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanned PDFs (pages that are images, no text layer): read by Tesseract OCR when the machine has
 * it, refused with the package to install when it has not, never read as an empty document.
 *
 * <p>The OCR test is mandatory when {@code CI=true} (it fails without tesseract and its Vietnamese
 * data) and skipped with a message elsewhere when they are missing.
 */
class ScannedPdfTest {
  // What the scan shows; a font with Vietnamese glyphs draws the first lines, plain letters
  // otherwise.
  private static final List<String> VIETNAMESE =
      List.of("CÔNG VĂN HỎA TỐC", "Số: 123/UBND-VP", "Kính gửi: các sở, ban, ngành");
  private static final List<String> ASCII =
      List.of("CONG VAN HOA TOC", "So: 123/UBND-VP", "Kinh gui: cac so, ban, nganh");

  @TempDir Path dir;

  @Test
  void refusesAScanWhenTesseractIsMissing() throws Exception {
    Path scan = scan(dir.resolve("scan.pdf"), ASCII, Optional.empty());
    DocumentReader reader =
        new DocumentReader(
            DocumentReader.DEFAULT_MAX_BYTES, new Tesseract("/nonexistent/bin/tesseract"));

    assertThatThrownBy(() -> reader.read(scan))
        .isInstanceOf(IngestException.class)
        .hasMessage("scanned, no text layer (install tesseract-ocr-vie)");
  }

  @Test
  void readsAScanByOcr() throws Exception {
    requireTesseract();
    Optional<Path> font = FormatFixtures.vietnameseFont();
    List<String> lines = font.isPresent() ? VIETNAMESE : ASCII;
    Path scan = scan(dir.resolve("scan.pdf"), lines, font);

    SourceText read = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES).read(scan);

    assertThat(read.format()).isEqualTo("pdf");
    assertThat(read.warnings()).contains(TikaTextReader.OCR_WARNING);
    assertThat(read.text()).contains("123/UBND-VP").contains(lines.get(0));
  }

  @Test
  void aBlankPdfIsNotAScan() throws Exception {
    // no image to read: the old answer, whether tesseract is there or not
    Path blank = FormatFixtures.writePdf(dir, "blank", " ");
    DocumentReader reader =
        new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES, new Tesseract("/nonexistent/t"));

    assertThatThrownBy(() -> reader.read(blank))
        .hasMessage("no text: the PDF has no text layer (a scan?)");
  }

  private static void requireTesseract() {
    if (Tesseract.onPath().available()) {
      return;
    }
    String missing = "tesseract with Vietnamese data (vie) is not on the PATH";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI=true but " + missing + ": apt-get install -y tesseract-ocr tesseract-ocr-vie");
    }
    Assumptions.abort(
        "OCR test skipped: "
            + missing
            + " (apt-get install -y tesseract-ocr tesseract-ocr-vie; mandatory when CI=true)");
  }

  /**
   * A one-page PDF whose only content is a grey image of {@code lines} in black, 300 pixels per
   * inch, on a page of 6 by 2 inches (small, so OCR takes a second or two).
   */
  private static Path scan(Path file, List<String> lines, Optional<Path> fontFile)
      throws IOException {
    int dpi = 300;
    int width = 6 * dpi;
    int height = 2 * dpi;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.BLACK);
      g.setFont(font(fontFile).deriveFont(Font.PLAIN, 60f));
      int y = 150;
      for (String line : lines) {
        g.drawString(line, 120, y);
        y += 130;
      }
    } finally {
      g.dispose();
    }
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(6 * 72, 2 * 72));
      doc.addPage(page);
      PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(xobject, 0, 0, 6 * 72, 2 * 72);
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private static Font font(Optional<Path> file) throws IOException {
    if (file.isEmpty()) {
      return new Font(Font.SANS_SERIF, Font.PLAIN, 60);
    }
    try {
      return Font.createFont(Font.TRUETYPE_FONT, file.get().toFile());
    } catch (FontFormatException e) {
      throw new IOException(e);
    }
  }
}
