package vanban.structure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vanban.model.Span;

/**
 * A non-blank line of a text: its content cleaned of conversion debris, and where it is.
 *
 * @param index its position among the non-blank lines
 * @param start offset of its first non-space character in the text
 * @param end offset after its last non-space character
 * @param text the content: NFC, markdown emphasis and bookmarks removed, spaces collapsed
 */
record Line(int index, int start, int end, String text) {

  /** Converter debris the normalizer also removes; cleaned again so raw text parses too. */
  private static final Pattern DEBRIS =
      Pattern.compile("\\[bookmark:[^\\]]*\\]|\\*\\*|__|\\\\(?=[.\\-*])");

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

  Span span() {
    return new Span(start, end);
  }

  /** The non-blank lines of {@code text}, in order. */
  /** This line with other text at the same place: a header line with the motto cut out. */
  Line withText(String text) {
    return new Line(index, start, end, text);
  }

  static List<Line> of(String text) {
    List<Line> out = new ArrayList<>();
    int pos = 0;
    int n = text.length();
    while (pos <= n) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? n : nl;
      String raw = text.substring(pos, lineEnd);
      String clean = clean(raw);
      if (!clean.isEmpty()) {
        int s = pos;
        while (s < lineEnd && isSpace(text.charAt(s))) {
          s++;
        }
        int e = lineEnd;
        while (e > s && isSpace(text.charAt(e - 1))) {
          e--;
        }
        out.add(new Line(out.size(), s, e, clean));
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return out;
  }

  static String clean(String raw) {
    String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
    s = DEBRIS.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    // *italic* around a whole line (a date line, a subject): the stars are markup, not text.
    if (s.length() > 2 && s.startsWith("*") && s.endsWith("*")) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
