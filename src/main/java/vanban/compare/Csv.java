package vanban.compare;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 rows: fields quoted when they hold a comma, quote or line break; CRLF line ends. */
public final class Csv {
  private Csv() {}

  public static String row(List<String> fields) {
    List<String> quoted = new ArrayList<>();
    for (String f : fields) {
      String s = f == null ? "" : f;
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

  /** The values as a list, nulls kept (written as empty fields). */
  public static List<String> values(String... values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.add(v);
    }
    return out;
  }
}
