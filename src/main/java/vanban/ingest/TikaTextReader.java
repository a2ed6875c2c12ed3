package vanban.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * Reads the text of a .docx, .doc or .pdf with Tika's parser for that format: one line per
 * paragraph (per text line for PDF), table cells separated by tabs, embedded files ignored.
 *
 * <p>PDF: the text that form and signature widgets write into a line is read in its place on the
 * page ({@link PdfWidgets}).
 */
final class TikaTextReader {
  private final int writeLimit;

  /**
   * @param writeLimit the most characters kept; the rest is cut with a warning
   */
  TikaTextReader(int writeLimit) {
    this.writeLimit = writeLimit;
  }

  /** The text and whether it was cut at the write limit. */
  record Extracted(String text, boolean truncated) {}

  /**
   * Extracts the text of {@code file}, whose format was detected beforehand.
   *
   * @throws IngestException for a corrupt or password-protected document
   */
  Extracted read(Path file, String format) throws IngestException {
    Parser parser =
        switch (format) {
          case "pdf" -> new WidgetTextPdfParser();
          case "docx" -> new OOXMLParser();
          case "doc" -> new OfficeParser();
          default -> throw new IllegalArgumentException("not a Tika format: " + format);
        };
    WriteOutContentHandler out = new WriteOutContentHandler(writeLimit);
    ParseContext context = new ParseContext();
    // Attachments and embedded objects are other documents, not this one's text.
    context.set(Parser.class, new EmptyParser());
    Metadata metadata = new Metadata();
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

  /**
   * Tika's PDF parser, with the text of widgets drawn into the pages ({@link PdfWidgets}) before
   * the text is read.
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
      return prepare(super.getPDDocument(path, password, streamCache, metadata, context));
    }

    @Override
    protected PDDocument getPDDocument(
        InputStream in,
        String password,
        StreamCacheCreateFunction streamCache,
        Metadata metadata,
        ParseContext context)
        throws IOException {
      return prepare(super.getPDDocument(in, password, streamCache, metadata, context));
    }

    private static PDDocument prepare(PDDocument doc) {
      try {
        PdfWidgets.flatten(doc);
      } catch (IOException | RuntimeException e) {
        // A widget we cannot place costs its text, not the document's.
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
