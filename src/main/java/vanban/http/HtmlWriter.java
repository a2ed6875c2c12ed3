package vanban.http;

import java.util.List;
import vanban.model.Span;

/**
 * Builds an HTML page where text is escaped unless the caller says it is markup: {@link #text}
 * escapes, {@link #tag} and {@link #raw} take only the page's own literals.
 *
 * <p>Document text, symbols, names and query parameters only ever go through {@link #text}, {@link
 * #attr} or {@link #marked}, so a document containing {@code <script>} shows it as text.
 */
final class HtmlWriter {
  private final StringBuilder out = new StringBuilder(8192);

  /** Appends {@code s} escaped for element content; null appends nothing. */
  HtmlWriter text(String s) {
    out.append(escape(s));
    return this;
  }

  /** Appends markup written in this package (never data). */
  HtmlWriter raw(String markup) {
    out.append(markup);
    return this;
  }

  /** {@code <name>}; attributes, if any, go through {@link #open}. */
  HtmlWriter tag(String name) {
    out.append('<').append(name).append('>');
    return this;
  }

  /** {@code </name>}. */
  HtmlWriter end(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** {@code <name a="v" …>} with every value escaped; {@code attrs} alternate name, value. */
  HtmlWriter open(String name, String... attrs) {
    out.append('<').append(name);
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      if (attrs[i + 1] != null) {
        out.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
      }
    }
    out.append('>');
    return this;
  }

  /** {@code <a href="href">text</a>}, both escaped. */
  HtmlWriter link(String href, String text) {
    return open("a", "href", href).text(text).end("a");
  }

  /** {@code <name>text</name>}. */
  HtmlWriter element(String name, String text) {
    return tag(name).text(text).end(name);
  }

  /** {@code text} with each of the sorted, disjoint {@code highlights} in {@code <mark>}. */
  HtmlWriter marked(String text, List<Span> highlights) {
    int at = 0;
    for (Span h : highlights) {
      int start = Math.max(at, Math.min(h.start(), text.length()));
      int end = Math.min(h.end(), text.length());
      if (end <= start) {
        continue;
      }
      text(text.substring(at, start)).tag("mark").text(text.substring(start, end)).end("mark");
      at = end;
    }
    return text(text.substring(at));
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** {@code s} safe in element content and in double-quoted attribute values; null is empty. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep =
          switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (rep != null) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(rep);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
