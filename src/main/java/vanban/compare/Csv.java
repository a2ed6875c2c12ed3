package vanban.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows: fields quoted when they hold a comma, quote or line break; CRLF line ends.
 *
 * <p>Safe to open in a spreadsheet: a field starting with {@code =}, {@code +}, {@code -}, {@code
 * @}, a tab or a carriage return would be read as a formula ({@code =HYPERLINK(…)} in a directive's
 * text), so it gets a leading single quote, as OWASP advises for CSV injection. The quote shows in
 * the cell; the text after it is unchanged.
 */
public final class Csv {
  private Csv() {}

  /**
   * The byte order mark a CSV download starts with, so that Excel on Windows reads it as UTF-8;
   * not printed by the CLI, where it would stick to the first field for {@code cut} and the like.
   */
  public static final String BOM = "\uFEFF";

  public static String row(List<String> fields) {
    List<String> quoted = new ArrayList<>();
    for (String f : fields) {
      String s = neutralised(f == null ? "" : f);
      if (s.indexOf(',') >= 0
          || s.indexOf('"') >= 0
          || s.indexOf('\n') >= 0
          || s.indexOf('\r') >= 0) {
        s = "\"" + s.replace("\"", "\"\"") + "\"";
      }
      quoted.add(s);
    }
    return String.join(",", quoted) + "\r\n";
  }

  /** {@code field} with a single quote before it when a spreadsheet would take it as a formula. */
  static String neutralised(String field) {
    if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
      return "'" + field;
    }
    return field;
  }

  /** The values as a list, nulls kept (written as empty fields). */
  public static List<String> values(String... values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.add(v);
    }
    return out;
  }
}
