package vanban.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one file into {@link SourceText}: detects the format by content, decodes or parses it, and
 * returns NFC text with {@code \n} line ends; every kind of bad input is an {@link IngestException}
 * with a short reason, never a runtime exception.
 *
 * <p>Formats: plain text and markdown (charset detected, legacy TCVN3/VNI converted), HTML (body
 * text without page chrome), .docx, .doc and .pdf (through Tika; scanned PDFs by OCR when Tesseract
 * is installed). Thread-safe.
 */
public final class DocumentReader {
  /** The CLI's default size limit. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  // A .docx zips its text about 5:1; more text than 8 times the byte limit is not a directive.
  private static final long TEXT_PER_BYTE = 8;

  private final long maxBytes;
  private final FormatDetector detector = new FormatDetector();
  private final TikaTextReader tika;

  /**
   * @param maxBytes the largest file read; bigger ones fail with their size in the reason
   */
  public DocumentReader(long maxBytes) {
    this(maxBytes, Tesseract.onPath());
  }

  /**
   * @param tesseract the OCR program scanned PDFs are read with; tests name a missing one
   */
  DocumentReader(long maxBytes, Tesseract tesseract) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
    long limit = Math.max(maxBytes, 1 << 20) * TEXT_PER_BYTE;
    this.tika = new TikaTextReader((int) Math.min(Integer.MAX_VALUE - 16, limit), tesseract);
  }

  /**
   * Reads the text of {@code file}.
   *
   * @throws IngestException when the file is missing, unreadable, empty, too big, not a document,
   *     corrupt, password-protected, or holds no text
   */
  public SourceText read(Path file) throws IngestException {
    byte[] bytes = readBytes(file);
    FormatDetector.Detection detection;
    try {
      detection = detector.detect(file, bytes);
    } catch (IOException | RuntimeException e) {
      throw new IngestException(
          file, "cannot detect the format: " + TikaTextReader.shortCause(e), e);
    }
    if (!detection.supported()) {
      String type = detection.mediaType().toString();
      String reason =
          type.startsWith("application/x-tika-ooxml-protected")
                  || type.equals("application/x-tika-msoffice-encrypted")
              ? "password-protected document"
              : "binary file (" + type + "), not a document";
      throw new IngestException(file, reason);
    }
    String format = detection.format();
    List<String> warnings = new ArrayList<>();
    String text;
    String charset = null;
    switch (format) {
      case "txt", "md" -> {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (hasBinaryControls(decoded.text())) {
          throw new IngestException(file, "binary file (application/octet-stream), not a document");
        }
        text = format.equals("md") ? MarkdownReader.read(decoded.text()) : decoded.text();
        charset = decoded.charset();
        warnings.addAll(decoded.warnings());
      }
      case "html" -> {
        TextDecoder.Decoded decoded;
        try {
          decoded = HtmlReader.read(bytes);
        } catch (RuntimeException e) {
          throw new IngestException(file, "corrupt HTML: " + TikaTextReader.shortCause(e), e);
        }
        text = decoded.text();
        charset = decoded.charset();
        warnings.addAll(decoded.warnings());
      }
      default -> {
        TikaTextReader.Extracted extracted = tika.read(file, format);
        text = Normalizer.normalize(extracted.text(), Normalizer.Form.NFC);
        // OCR writes Unicode: a line of it that reads better as TCVN3 is a misread, not a font.
        if (!extracted.ocr()) {
          text = TextDecoder.repairLegacyLines(text, warnings);
        }
        warnings.addAll(extracted.warnings());
        if (extracted.truncated()) {
          warnings.add("text cut at " + extracted.text().length() + " characters");
        }
      }
    }
    text = lines(text);
    if (isBlank(text)) {
      throw new IngestException(
          file,
          !format.equals("pdf")
              ? "no text: the file holds nothing but whitespace"
              : warnings.contains(TikaTextReader.OCR_WARNING)
                  ? "no text: a scan in which OCR found none"
                  : "no text: the PDF has no text layer (a scan?)");
    }
    return new SourceText(text, format, charset, warnings);
  }

  private byte[] readBytes(Path file) throws IngestException {
    if (!Files.exists(file)) {
      throw new IngestException(
          file,
          Files.isSymbolicLink(file) ? "dangling symbolic link" : "no such file or directory");
    }
    if (Files.isDirectory(file)) {
      throw new IngestException(file, "is a directory");
    }
    if (!Files.isRegularFile(file)) {
      throw new IngestException(file, "not a regular file");
    }
    if (!Files.isReadable(file)) {
      throw new IngestException(file, "permission denied");
    }
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw new IngestException(file, "empty file");
      }
      if (size > maxBytes) {
        throw new IngestException(
            file, "file is " + size + " bytes, over the limit of " + maxBytes);
      }
      return Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      throw new IngestException(file, "permission denied", e);
    } catch (NoSuchFileException e) {
      throw new IngestException(file, "no such file or directory", e);
    } catch (IOException e) {
      throw new IngestException(file, "cannot read: " + TikaTextReader.shortCause(e), e);
    }
  }

  // Line ends as \n, no byte order mark, no trailing blanks on a line, no blank lines at the ends.
  private static String lines(String text) {
    String s = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
    s = s.replaceAll("[ \\t]+\n", "\n").replaceAll("[ \\t]+$", "");
    return s.replaceAll("^\n+|\n+$", "");
  }

  private static boolean isBlank(String text) {
    return text.codePoints()
        .allMatch(
            cp ->
                Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)
                    || cp == 0x200B
                    || cp == 0xFEFF
                    || Character.getType(cp) == Character.FORMAT);
  }

  // NUL and other C0 controls besides tab, line feed, form feed and carriage return do not occur in
  // text.
  private static boolean hasBinaryControls(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
        controls++;
      }
    }
    return controls > 0 && controls * 100 > text.length();
  }
}
