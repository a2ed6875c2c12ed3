package vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-signed PDFs whose number and date are drawn by signature widgets over blanks in the page: the
 * text read has them in their place on the line.
 */
class PdfWidgetsTest {
  private static final float SIZE = 12;
  private static final float MARGIN = 72;

  private final DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);

  @TempDir Path dir;

  @BeforeEach
  void needsAVietnameseFont() {
    assumeThat(FormatFixtures.vietnameseFont())
        .as("a TrueType font with Vietnamese glyphs")
        .isPresent();
  }

  @Test
  void readsTheNumberAWidgetDrawsIntoTheBlankOfTheSoLine() throws Exception {
    Path pdf =
        signedPdf(
            List.of(
                new Line("ỦY BAN NHÂN DÂN TỈNH", null, null),
                // "Số:" and "/UBND-VP" drawn separately, as Word does, the number between them
                new Line("Số:", "123", "/UBND-VP"),
                new Line("V/v tăng cường kỷ luật hành chính", null, null)));

    SourceText read = reader.read(pdf);

    assertThat(FormatFixtures.paragraphs(read.text()))
        .containsExactly(
            "ỦY BAN NHÂN DÂN TỈNH", "Số: 123 /UBND-VP", "V/v tăng cường kỷ luật hành chính");
  }

  @Test
  void readsTheDayAWidgetDrawsIntoTheMiddleOfOneTextOperator() throws Exception {
    // one Tj "Hà Nội, ngày        tháng 3 năm 2025": the widget goes between two of its glyphs
    Path pdf = signedPdf(List.of(new Line("Hà Nội, ngày", "15", " tháng 3 năm 2025", true)));

    // the spaces of the blank stay (the normalizer collapses them)
    assertThat(reader.read(pdf).text().replaceAll(" +", " "))
        .isEqualTo("Hà Nội, ngày 15 tháng 3 năm 2025");
  }

  @Test
  void leavesOutAStampOfSeveralLinesAndAWidgetAloneOnItsLine() throws Exception {
    Path pdf =
        signedPdf(
            List.of(
                new Line("Số:", null, "/UBND-VP"),
                new Line("Kính gửi: các sở, ban, ngành", null, null)),
            doc -> {
              PDPage page = doc.getPage(0);
              // a stamp of three lines, the middle one on the line of "Kính gửi"
              float kinhGui = PDRectangle.A4.getHeight() - MARGIN - SIZE * 2;
              float leading = SIZE * 1.2f;
              addWidget(
                  doc,
                  page,
                  new PDRectangle(400, kinhGui - leading - 4, 150, 50),
                  "Ky boi: UBND tinh",
                  "Co quan: UBND",
                  "Thoi gian ky");
              addWidget(doc, page, new PDRectangle(MARGIN, 200, 100, 20), "Banner");
            });

    assertThat(FormatFixtures.paragraphs(reader.read(pdf).text()))
        .containsExactly("Số: /UBND-VP", "Kính gửi: các sở, ban, ngành");
  }

  // --- fixtures ---

  /**
   * A line of the page: text, then optionally a widget's text in a blank of {@code SIZE * 4}
   * points, then more text; in one text operator when {@code oneOperator}.
   */
  private record Line(String before, String widget, String after, boolean oneOperator) {
    Line(String before, String widget, String after) {
      this(before, widget, after, false);
    }
  }

  private interface Extra {
    void add(PDDocument doc) throws IOException;
  }

  private Path signedPdf(List<Line> lines) throws IOException {
    return signedPdf(lines, doc -> {});
  }

  private Path signedPdf(List<Line> lines, Extra extra) throws IOException {
    Path file = dir.resolve("signed.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDFont font = PDType0Font.load(doc, FormatFixtures.vietnameseFont().orElseThrow().toFile());
      float space = font.getStringWidth(" ") / 1000 * SIZE;
      float y = PDRectangle.A4.getHeight() - MARGIN;
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        for (Line line : lines) {
          float gapStart = MARGIN + font.getStringWidth(line.before) / 1000 * SIZE + space;
          float gap = SIZE * 4;
          if (line.oneOperator) {
            int spaces = (int) Math.ceil((gap + space) / space);
            show(content, font, MARGIN, y, line.before + " ".repeat(spaces) + line.after.strip());
          } else {
            show(content, font, MARGIN, y, line.before);
            if (line.after != null) {
              show(content, font, gapStart + gap, y, line.after);
            }
          }
          if (line.widget != null) {
            addWidget(doc, page, new PDRectangle(gapStart, y - 4, gap - 2, SIZE + 6), line.widget);
          }
          y -= SIZE * 2;
        }
      }
      extra.add(doc);
      doc.save(file.toFile());
    }
    return file;
  }

  private static void show(PDPageContentStream content, PDFont font, float x, float y, String s)
      throws IOException {
    content.beginText();
    content.setFont(font, SIZE);
    content.newLineAtOffset(x, y);
    content.showText(s);
    content.endText();
  }

  /**
   * A signature field's widget at {@code rect} whose appearance writes {@code lines} in Helvetica,
   * the last with its baseline 4 points above the bottom, as signing software stamps a number.
   */
  private static void addWidget(PDDocument doc, PDPage page, PDRectangle rect, String... lines)
      throws IOException {
    PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
    if (form == null) {
      form = new PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
    }
    PDSignatureField field = new PDSignatureField(form);
    PDAnnotationWidget widget = field.getWidgets().get(0);
    widget.setRectangle(rect);
    widget.setPage(page);
    widget.setPrinted(true);

    PDAppearanceStream appearance = new PDAppearanceStream(doc);
    appearance.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
    PDResources resources = new PDResources();
    PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    resources.add(helvetica);
    appearance.setResources(resources);
    try (PDAppearanceContentStream content = new PDAppearanceContentStream(appearance)) {
      content.beginText();
      content.setFont(helvetica, SIZE);
      content.newLineAtOffset(2, 4 + SIZE * 1.2f * (lines.length - 1));
      content.setLeading(SIZE * 1.2f);
      for (String line : lines) {
        content.showText(line);
        content.newLine();
      }
      content.endText();
    }
    PDAppearanceDictionary appearances = new PDAppearanceDictionary();
    appearances.setNormalAppearance(appearance);
    widget.setAppearance(appearances);
    form.getFields().add(field);
    page.getAnnotations().add(widget);
  }
}
