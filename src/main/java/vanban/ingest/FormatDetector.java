package vanban.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Finds a file's format from its content (magic bytes, container structure), with the file name
 * only as a hint: a PDF named {@code .txt} is a PDF, an HTML page with no extension is HTML.
 */
final class FormatDetector {
  /** The outcome: a format we read, or the media type we do not. */
  record Detection(String format, MediaType mediaType) {
    boolean supported() {
      return format != null;
    }
  }

  private static final Set<String> DOCX_TYPES =
      Set.of(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.ms-word.document.macroenabled.12",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
          "application/vnd.ms-word.template.macroenabled.12");

  private static final Set<String> DOC_TYPES =
      Set.of("application/msword", "application/vnd.ms-word");

  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  // an opening or closing tag, a comment or a doctype: "<p", "</div", "<!--", "<!DOCTYPE"
  private static final Pattern MARKUP = Pattern.compile("<(?:/?[A-Za-z][A-Za-z0-9]*[\\s/>]|!)");

  // Extensions whose UTF-8 text with no markup is read as text without asking Tika.
  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md", "markdown", "htm", "html");

  // Text-based formats Tika recognises by their opening, which are not documents to us.
  private static final List<String> TEXT_MAGIC = List.of("%PDF", "{\\rtf", "%!PS", "#!", "From ");

  // How much of the opening the plain-text check reads: Tika's magic looks no further.
  private static final int HEAD_BYTES = 8192;

  /** Tika's registry takes most of a second to build: only when a file needs it. */
  private static final class Tika {
    static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
  }

  Detection detect(Path file, byte[] bytes) throws IOException {
    String extension = extension(file);
    if (isPlainUtf8Text(extension, bytes)) {
      return new Detection(textFormat(extension), MediaType.TEXT_PLAIN);
    }
    return detectWithTika(file, bytes);
  }

  /** The detection without the plain-text shortcut (tests compare the two). */
  Detection detectWithTika(Path file, byte[] bytes) throws IOException {
    String extension = extension(file);
    Detector detector = Tika.CONFIG.getDetector();
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    MediaType base;
    try (InputStream in = TikaInputStream.get(bytes)) {
      base = detector.detect(in, metadata).getBaseType();
    }
    String name = base.toString();
    if (name.equals("application/pdf")) {
      return new Detection("pdf", base);
    }
    if (DOCX_TYPES.contains(name)) {
      return new Detection("docx", base);
    }
    if (DOC_TYPES.contains(name)) {
      return new Detection("doc", base);
    }
    if (TextDecoder.sniffUnicode(bytes).isPresent()) {
      // Tika's weak magic takes BOM-less UTF-16 for binary (a leading "\n" is PCX to it); the
      // byte order mark or zero-byte pattern decides, provided the decoding reads as text.
      String head = TextDecoder.decode(Arrays.copyOf(bytes, Math.min(bytes.length, 4096))).text();
      if (looksLikeText(head)) {
        return looksLikeHtml(head)
            ? new Detection("html", MediaType.TEXT_HTML)
            : new Detection(textFormat(extension), MediaType.TEXT_PLAIN);
      }
    }
    if (HTML_TYPES.contains(name)) {
      // The name alone makes Tika say HTML; text without a single tag is read as text, or its
      // lines would run together.
      return hasMarkup(bytes)
          ? new Detection("html", base)
          : new Detection(textFormat(extension), MediaType.TEXT_PLAIN);
    }
    if (isText(base)) {
      return new Detection(textFormat(extension), base);
    }
    // A damaged .docx is often just a zip to the detector: let the parser say what is wrong.
    if (extension.equals("docx")
        && (name.equals("application/zip") || name.equals("application/x-tika-ooxml"))) {
      return new Detection("docx", base);
    }
    if (extension.equals("doc") && name.equals("application/x-tika-msoffice")) {
      return new Detection("doc", base);
    }
    return new Detection(null, base);
  }

  private static boolean isText(MediaType type) {
    return type.getType().equals("text")
        || Tika.CONFIG.getMediaTypeRegistry().isSpecializationOf(type, MediaType.TEXT_PLAIN);
  }

  /**
   * The common case decided without Tika: a file named .txt, .md or .html whose opening is strict
   * UTF-8 (a BOM allowed) with no control character but tab, line and page breaks, no {@code <}
   * (so no markup for Tika's HTML magic to find) and no text-format signature. Tika would call it
   * {@code text/plain} and the answer is the same; anything else goes to Tika.
   */
  static boolean isPlainUtf8Text(String extension, byte[] bytes) {
    if (!TEXT_EXTENSIONS.contains(extension) || bytes.length == 0) {
      return false;
    }
    int n = Math.min(bytes.length, HEAD_BYTES);
    String opening = new String(bytes, 0, Math.min(n, 8), StandardCharsets.ISO_8859_1);
    for (String magic : TEXT_MAGIC) {
      if (opening.startsWith(magic)) {
        return false;
      }
    }
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == '<' || b == 0x7f || b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer head = ByteBuffer.wrap(bytes, 0, n);
    CharBuffer out = CharBuffer.allocate(n);
    CoderResult result = utf8.decode(head, out, n == bytes.length);
    // Cut inside a multi-byte character at the end of the opening: what came before was valid.
    return !result.isError();
  }

  // Letters, digits, spaces and punctuation; a binary decoded as UTF-16 is mostly unassigned,
  // private-use or control characters.
  private static boolean looksLikeText(String head) {
    long plausible =
        head.codePoints()
            .filter(
                cp -> {
                  int type = Character.getType(cp);
                  return Character.isLetterOrDigit(cp)
                      || Character.isWhitespace(cp)
                      || Character.isSpaceChar(cp)
                      || (type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_SYMBOL)
                      || type == Character.NON_SPACING_MARK
                      || type == Character.INITIAL_QUOTE_PUNCTUATION
                      || type == Character.FINAL_QUOTE_PUNCTUATION
                      || type == Character.FORMAT;
                })
            .count();
    return plausible * 10 >= head.codePointCount(0, head.length()) * 9L;
  }

  private static boolean hasMarkup(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    return MARKUP.matcher(head).find();
  }

  private static boolean looksLikeHtml(String head) {
    String h = head.stripLeading().toLowerCase(Locale.ROOT);
    return h.startsWith("<!doctype html") || h.startsWith("<html") || h.contains("<body");
  }

  private static String textFormat(String extension) {
    return extension.equals("md") || extension.equals("markdown") ? "md" : "txt";
  }

  static String extension(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return "";
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
