package vanban.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the text of an HTML page's body: page chrome removed (scripts, navigation, menus, page
 * header and footer, sidebars, forms, hidden elements), one line per block (paragraph, heading,
 * list item, table row), table cells in a row separated by a tab.
 *
 * <p>The charset is the byte order mark's, else the one a {@code <meta>} declares, else whatever
 * {@link TextDecoder} finds in the bytes.
 */
final class HtmlReader {
  // <meta charset="utf-8"> or <meta http-equiv="Content-Type" content="text/html;
  // charset=windows-1258">
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  // id/class words that mark navigation chrome, e.g. "main-nav", "site_footer", "breadcrumbs"
  private static final Pattern CHROME =
      Pattern.compile(
          "(?:^|[-_\\s])(?:nav|navbar|navigation|menu|menubar|footer|sidebar|breadcrumbs?)(?:$|[-_\\s])",
          Pattern.CASE_INSENSITIVE);

  // style="display: none" or "visibility:hidden"
  // class="hidden", "d-none", "sr-only", "visually-hidden": the CSS frameworks' ways to hide
  private static final Pattern HIDDEN_CLASS =
      Pattern.compile("(?:^|\\s)(?:hidden|d-none|sr-only|visually-hidden)(?:$|\\s)");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  private static final String DROPPED =
      String.join(
          ", ",
          "script",
          "style",
          "noscript",
          "template",
          "nav",
          "aside",
          "form",
          "menu",
          "iframe",
          "object",
          "embed",
          "svg",
          "canvas",
          "button",
          "select",
          "input",
          "textarea",
          "dialog",
          "[hidden]",
          "[aria-hidden=true]");

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "caption",
          "section",
          "article",
          "main",
          "address",
          "figure",
          "figcaption",
          "hr",
          "center",
          "header",
          "footer",
          "body",
          "fieldset",
          "details",
          "summary");

  private HtmlReader() {}

  /** The decoded page: its text, the charset used and any warnings. */
  static TextDecoder.Decoded read(byte[] bytes) {
    TextDecoder.Decoded decoded = decode(bytes);
    List<String> warnings = new ArrayList<>(decoded.warnings());
    String text = extract(Jsoup.parse(decoded.text()));
    text = TextDecoder.repairLegacyLines(text, warnings);
    return new TextDecoder.Decoded(text, decoded.charset(), warnings.stream().distinct().toList());
  }

  private static TextDecoder.Decoded decode(byte[] bytes) {
    if (TextDecoder.sniffUnicode(bytes).isPresent()) {
      return TextDecoder.decode(bytes);
    }
    Optional<String> declared = declaredCharset(bytes);
    if (declared.isPresent()) {
      try {
        Charset cs = Charset.forName(declared.get());
        return TextDecoder.decodeDeclared(bytes, cs);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        TextDecoder.Decoded guessed = TextDecoder.decode(bytes);
        List<String> warnings = new ArrayList<>(guessed.warnings());
        warnings.add(
            0, "unknown declared charset " + declared.get() + "; read as " + guessed.charset());
        return new TextDecoder.Decoded(guessed.text(), guessed.charset(), warnings);
      }
    }
    return TextDecoder.decode(bytes);
  }

  static Optional<String> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The text of a parsed page's body, chrome removed, one line per block. */
  static String extract(Document doc) {
    Element body = doc.body();
    body.select(DROPPED).remove();
    List<Element> chrome = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e != body && isChrome(e)) {
        chrome.add(e);
      }
    }
    chrome.forEach(Element::remove);
    TextCollector collector = new TextCollector();
    NodeTraversor.traverse(collector, body);
    return collector.text();
  }

  private static boolean isChrome(Element e) {
    String tag = e.normalName();
    // A page's header and footer are chrome; an article's own header holds its title.
    if ((tag.equals("header") || tag.equals("footer")) && e.closest("article, main") == null) {
      return true;
    }
    if (HIDDEN_STYLE.matcher(e.attr("style")).find()
        || HIDDEN_CLASS.matcher(e.className()).find()) {
      return true;
    }
    return CHROME.matcher(e.id()).find() || CHROME.matcher(e.className()).find();
  }

  /**
   * Builds the text: whitespace collapsed as a browser does, blocks and rows on their own lines.
   */
  private static final class TextCollector implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();
    private int preDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        appendText(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("pre")) {
          preDepth++;
        }
        if (tag.equals("br")) {
          trimLineEnd();
          out.append('\n');
        } else if (BLOCKS.contains(tag)) {
          newLine();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("pre")) {
          preDepth--;
        }
        if ((tag.equals("td") || tag.equals("th")) && layoutCell(e)) {
          // A two-column layout table (the header's issuer and motto, the distribution list and
          // the signature): each cell is a column of the page, on lines of its own.
          newLine();
        } else if (tag.equals("td") || tag.equals("th")) {
          int last = out.length() - 1;
          if (last >= 0 && out.charAt(last) != '\n' && out.charAt(last) != '\t') {
            trimLineEnd();
            out.append('\t');
          }
        } else if (BLOCKS.contains(tag)) {
          newLine();
        }
      }
    }

    private static boolean layoutCell(Element cell) {
      Element row = cell.parent();
      if (row == null) {
        return false;
      }
      int cells = 0;
      for (Element c : row.children()) {
        if (c.normalName().equals("td") || c.normalName().equals("th")) {
          cells++;
        }
      }
      return cells <= 2;
    }

    private void appendText(String raw) {
      if (preDepth > 0) {
        out.append(raw.replace("\r\n", "\n"));
        return;
      }
      String text = raw.replaceAll("[ \\t\\n\\r\\f]+", " ");
      if (text.startsWith(" ") && atWordBoundary()) {
        text = text.substring(1);
      }
      out.append(text);
    }

    private boolean atWordBoundary() {
      if (out.length() == 0) {
        return true;
      }
      char last = out.charAt(out.length() - 1);
      return last == '\n' || last == ' ' || last == '\t';
    }

    private void newLine() {
      trimLineEnd();
      if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
    }

    private void trimLineEnd() {
      int end = out.length();
      while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
        end--;
      }
      out.setLength(end);
    }

    String text() {
      trimLineEnd();
      // br runs make at most one blank line; no blank lines at either end
      return out.toString().replaceAll("\n{3,}", "\n\n").replaceAll("^\n+|\n+$", "");
    }
  }
}
