package vanban.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.Property;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;

/**
 * Reads the text of a .docx, .doc or .pdf with Tika's parser for that format: one line per
 * paragraph (per text line for PDF), table cells separated by tabs, embedded files ignored.
 *
 * <p>PDF: the text that form and signature widgets write into a line is read in its place on the
 * page ({@link PdfWidgets}); a PDF without a text layer of its own whose pages hold images is a
 * scan, read by OCR with Tesseract when the machine has it ({@link Tesseract}) and refused
 * otherwise.
 */
final class TikaTextReader {
  /** The reason a scan is refused on a machine without Tesseract's Vietnamese OCR. */
  static final String NO_OCR_REASON = "scanned, no text layer (install tesseract-ocr-vie)";

  /** The record's warning on text read by OCR. */
  static final String OCR_WARNING = "scanned, text read by OCR: characters may be misread";

  /** Pixels per inch of the page images Tesseract reads: its documented sweet spot. */
  static final int OCR_DPI = 300;

  // A page showing at most this many glyphs of its own (Tika's default for its AUTO strategy) has
  // no text layer: a stray page number or an OCR engine's empty marker, not text.
  private static final int MIN_CHARS_PER_PAGE = 10;

  // Per page, written by WidgetTextPdfParser: glyphs drawn by widgets (not the page's own text
  // layer) and whether the page draws an image.
  private static final Property WIDGET_CHARS_PER_PAGE =
      Property.internalIntegerSequence("vanban:widgetCharsPerPage");
  private static final Property IMAGES_PER_PAGE =
      Property.internalIntegerSequence("vanban:imagesPerPage");

  private final int writeLimit;
  private final Tesseract tesseract;
  private volatile TesseractOCRParser ocrParser;

  /**
   * @param writeLimit the most characters kept; the rest is cut with a warning
   * @param tesseract whether scans can be read
   */
  TikaTextReader(int writeLimit, Tesseract tesseract) {
    this.writeLimit = writeLimit;
    this.tesseract = tesseract;
  }

  /** As {@link #TikaTextReader(int, Tesseract)} with the {@code tesseract} on the PATH. */
  TikaTextReader(int writeLimit) {
    this(writeLimit, Tesseract.onPath());
  }

  /**
   * The text, whether it was cut at the write limit, and what the reader had to do to get it (e.g.
   * {@link #OCR_WARNING}).
   */
  record Extracted(String text, boolean truncated, List<String> warnings) {
    Extracted {
      warnings = List.copyOf(warnings);
    }

    Extracted(String text, boolean truncated) {
      this(text, truncated, List.of());
    }

    /** True when the text was read by OCR from page images. */
    boolean ocr() {
      return warnings.contains(OCR_WARNING);
    }
  }

  /**
   * Extracts the text of {@code file}, whose format was detected beforehand.
   *
   * @throws IngestException for a corrupt or password-protected document, or a scan that cannot be
   *     read ({@link #NO_OCR_REASON})
   */
  Extracted read(Path file, String format) throws IngestException {
    if (format.equals("pdf")) {
      return readPdf(file);
    }
    Parser parser =
        switch (format) {
          case "docx" -> new OOXMLParser();
          case "doc" -> new OfficeParser();
          default -> throw new IllegalArgumentException("not a Tika format: " + format);
        };
    return parse(file, format, parser, baseContext(), new Metadata());
  }

  private Extracted readPdf(Path file) throws IngestException {
    ParseContext context = baseContext();
    PDFParserConfig config = new PDFParserConfig();
    config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, config);
    Metadata metadata = new Metadata();
    Extracted text = parse(file, "pdf", new WidgetTextPdfParser(), context, metadata);
    if (!text.truncated() && garbled(text.text()) && hasImages(metadata) && tesseract.available()) {
      // A scan whose text layer another OCR engine or a font without Unicode mapping garbled
      // ("uY BAN NgAN nAN", "Ldm D6ng, ngdy"): read the page images instead, when that reads as
      // more Vietnamese.
      Extracted read = ocr(file);
      return vietnameseShare(read.text()) > vietnameseShare(text.text()) ? read : text;
    }
    if (text.truncated() || !isScan(metadata)) {
      return text;
    }
    if (!tesseract.available()) {
      throw new IngestException(file, NO_OCR_REASON);
    }
    return ocr(file);
  }

  /** Below this share of words written with Vietnamese letters, a text layer is garbage. */
  static final double GARBLED_SHARE = 0.15;

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");

  /**
   * The share of its words that carry a letter only Vietnamese writes (ă â đ ê ô ơ ư or a tone
   * mark): about half in any Vietnamese text, near none in a garbled layer.
   */
  static double vietnameseShare(String text) {
    java.util.regex.Matcher m = WORD.matcher(text);
    int words = 0;
    int vietnamese = 0;
    while (m.find() && words < 5000) {
      words++;
      String w = m.group();
      for (int k = 0; k < w.length(); k++) {
        if (w.charAt(k) > 0x7F) {
          vietnamese++;
          break;
        }
      }
    }
    return words == 0 ? 0 : (double) vietnamese / words;
  }

  static boolean garbled(String text) {
    return text.strip().length() > 200 && vietnameseShare(text) < GARBLED_SHARE;
  }

  private static boolean hasImages(Metadata metadata) {
    for (int image : metadata.getIntValues(IMAGES_PER_PAGE)) {
      if (image > 0) {
        return true;
      }
    }
    return false;
  }

  // No page shows text of its own (what PdfWidgets drew in does not count), and some page holds
  // an image. A PDF of blank pages is not a scan: it has nothing to read.
  private static boolean isScan(Metadata metadata) {
    int[] chars = metadata.getIntValues(PDF.CHARACTERS_PER_PAGE);
    int[] widgetChars = metadata.getIntValues(WIDGET_CHARS_PER_PAGE);
    int[] images = metadata.getIntValues(IMAGES_PER_PAGE);
    for (int i = 0; i < chars.length; i++) {
      int own = chars[i] - (i < widgetChars.length ? widgetChars[i] : 0);
      if (own > MIN_CHARS_PER_PAGE) {
        return false;
      }
    }
    for (int image : images) {
      if (image > 0) {
        return true;
      }
    }
    return false;
  }

  // Every page rendered at OCR_DPI in grey and read by Tesseract in Vietnamese; a plain PDFParser,
  // since the renderer draws widgets itself.
  private Extracted ocr(Path file) throws IngestException {
    ParseContext context = baseContext();
    PDFParserConfig config = new PDFParserConfig();
    config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.OCR_ONLY);
    config.setOcrDPI(OCR_DPI);
    config.setOcrImageType(PDFParserConfig.TikaImageType.GRAY);
    context.set(PDFParserConfig.class, config);
    TesseractOCRConfig ocrConfig = new TesseractOCRConfig();
    ocrConfig.setLanguage(Tesseract.LANGUAGE);
    context.set(TesseractOCRConfig.class, ocrConfig);
    // Tika's PDF parser runs OCR with the context's Parser, which would also get the embedded
    // files: those stay unread.
    context.set(Parser.class, ocrParser());
    context.set(EmbeddedDocumentExtractor.class, IGNORE_EMBEDDED);
    Extracted text;
    try {
      text = parse(file, "pdf", new PDFParser(), context, new Metadata());
    } catch (IngestException e) {
      throw new IngestException(file, "scanned, OCR failed: " + shortCause(e), e);
    }
    List<String> warnings = new ArrayList<>(text.warnings());
    warnings.add(OCR_WARNING);
    return new Extracted(text.text(), text.truncated(), warnings);
  }

  private TesseractOCRParser ocrParser() {
    TesseractOCRParser p = ocrParser;
    if (p == null) {
      synchronized (this) {
        p = ocrParser;
        if (p == null) {
          // its constructor runs `tesseract` once to see that it is there
          p = new TesseractOCRParser();
          ocrParser = p;
        }
      }
    }
    return p;
  }

  private static ParseContext baseContext() {
    ParseContext context = new ParseContext();
    // Attachments and embedded objects are other documents, not this one's text.
    context.set(Parser.class, new EmptyParser());
    return context;
  }

  private Extracted parse(
      Path file, String format, Parser parser, ParseContext context, Metadata metadata)
      throws IngestException {
    WriteOutContentHandler out = new WriteOutContentHandler(writeLimit);
    boolean truncated = false;
    try (InputStream in = TikaInputStream.get(file, metadata)) {
      parser.parse(in, new BodyContentHandler(out), metadata, context);
    } catch (EncryptedDocumentException e) {
      throw new IngestException(file, "password-protected " + label(format), e);
    } catch (Exception | LinkageError e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        truncated = true;
      } else if (isEncrypted(e)) {
        throw new IngestException(file, "password-protected " + label(format), e);
      } else {
        throw new IngestException(file, "corrupt " + label(format) + ": " + shortCause(e), e);
      }
    }
    return new Extracted(out.toString(), truncated);
  }

  private static final EmbeddedDocumentExtractor IGNORE_EMBEDDED =
      new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
          return false;
        }

        @Override
        public void parseEmbedded(
            InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {}
      };

  /**
   * Tika's PDF parser, with the text of widgets drawn into the pages ({@link PdfWidgets}) before
   * the text is read, and per page the counts {@link #isScan} needs.
   */
  private static final class WidgetTextPdfParser extends PDFParser {
    private static final long serialVersionUID = 1L;

    @Override
    protected PDDocument getPDDocument(
        Path path,
        String password,
        StreamCacheCreateFunction streamCache,
        Metadata metadata,
        ParseContext context)
        throws IOException {
      return prepare(super.getPDDocument(path, password, streamCache, metadata, context), metadata);
    }

    @Override
    protected PDDocument getPDDocument(
        InputStream in,
        String password,
        StreamCacheCreateFunction streamCache,
        Metadata metadata,
        ParseContext context)
        throws IOException {
      return prepare(super.getPDDocument(in, password, streamCache, metadata, context), metadata);
    }

    private static PDDocument prepare(PDDocument doc, Metadata metadata) throws IOException {
      int[] widgetChars;
      try {
        widgetChars = PdfWidgets.flatten(doc);
      } catch (IOException | RuntimeException e) {
        // A widget we cannot place costs its text, not the document's.
        widgetChars = new int[doc.getNumberOfPages()];
      }
      boolean[] images = PdfWidgets.pagesWithImages(doc);
      for (int i = 0; i < widgetChars.length; i++) {
        metadata.add(WIDGET_CHARS_PER_PAGE, widgetChars[i]);
        metadata.add(IMAGES_PER_PAGE, images[i] ? 1 : 0);
      }
      return doc;
    }
  }

  static String label(String format) {
    return format.toUpperCase(Locale.ROOT);
  }

  private static boolean isEncrypted(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException
          || t instanceof org.apache.poi.EncryptedDocumentException
          || t.getClass().getSimpleName().equals("InvalidPasswordException")) {
        return true;
      }
    }
    return false;
  }

  /** The innermost message, one line, at most 120 characters: enough to tell causes apart. */
  static String shortCause(Throwable e) {
    Throwable root = e;
    String message = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      root = t;
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    if (message == null) {
      message = root.getClass().getSimpleName();
    }
    message = message.replaceAll("\\s+", " ").strip();
    return message.length() > 120 ? message.substring(0, 117) + "..." : message;
  }
}
