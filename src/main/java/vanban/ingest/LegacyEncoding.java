package vanban.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The pre-Unicode Vietnamese font encodings still found in old documents: bytes meant for a
 * Vietnamese font that every other program reads as windows-1252 garbage.
 *
 * <p>Both work on the windows-1252 view of the bytes (one char per byte), because that is also what
 * a Word or HTML document typed in such a font holds once extracted: the same converter repairs an
 * 8-bit text file and a paragraph of a .docx. Tables are resources with their source named in the
 * header: {@code tcvn3.tsv} (one byte per letter) and {@code vni.tsv} (base letter plus a mark
 * byte).
 */
public enum LegacyEncoding {
  TCVN3("tcvn3.tsv"),
  VNI("vni.tsv");

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final String resource;
  private volatile Table table;

  LegacyEncoding(String resource) {
    this.resource = resource;
  }

  /** Converts the windows-1252 view of legacy bytes to Unicode (NFC for every mapped letter). */
  public String decode(String windows1252View) {
    Table t = table();
    StringBuilder out = new StringBuilder(windows1252View.length());
    int i = 0;
    int n = windows1252View.length();
    while (i < n) {
      String hit = null;
      int len = Math.min(t.longest, n - i);
      for (; len > 0; len--) {
        hit = t.toUnicode.get(windows1252View.substring(i, i + len));
        if (hit != null) {
          break;
        }
      }
      if (hit != null) {
        out.append(hit);
        i += len;
      } else {
        out.append(windows1252View.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Converts Unicode (NFC) to this encoding's windows-1252 view; letters the encoding cannot write
   * are kept as they are. Tests use it to round-trip real sentences.
   */
  public String encode(String unicode) {
    Table t = table();
    StringBuilder out = new StringBuilder(unicode.length() * 2);
    unicode
        .codePoints()
        .forEach(
            cp -> {
              String legacy = t.fromUnicode.get(new String(Character.toChars(cp)));
              out.append(legacy != null ? legacy : new String(Character.toChars(cp)));
            });
    return out.toString();
  }

  /** The worked examples of the table's header: legacy text (windows-1252 view), then Unicode. */
  public List<String[]> examples() {
    return table().examples;
  }

  /** The name used in warnings, e.g. {@code converted from TCVN3}. */
  public String label() {
    return name();
  }

  private Table table() {
    Table t = table;
    if (t == null) {
      synchronized (this) {
        t = table;
        if (t == null) {
          t = Table.load(resource);
          table = t;
        }
      }
    }
    return t;
  }

  private static final class Table {
    final Map<String, String> toUnicode;
    final Map<String, String> fromUnicode;
    final List<String[]> examples;
    final int longest;

    private Table(
        Map<String, String> toUnicode, Map<String, String> fromUnicode, List<String[]> examples) {
      this.toUnicode = toUnicode;
      this.fromUnicode = fromUnicode;
      this.examples = examples;
      this.longest = toUnicode.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    static Table load(String resource) {
      Map<String, String> to = new HashMap<>();
      Map<String, String> from = new HashMap<>();
      List<String[]> examples = new ArrayList<>();
      try (InputStream in = LegacyEncoding.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource vanban/ingest/" + resource);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.startsWith("#")) {
            int at = line.indexOf("example:");
            if (at >= 0) {
              String[] pair = line.substring(at + "example:".length()).split(" -> ", 2);
              examples.add(new String[] {pair[0].strip(), pair[1].strip()});
            }
            continue;
          }
          if (line.isBlank()) {
            continue;
          }
          String[] cols = line.split("\t");
          byte[] bytes = HexFormat.ofDelimiter(" ").parseHex(cols[0]);
          String legacy = new String(bytes, WINDOWS_1252);
          to.put(legacy, cols[1]);
          from.putIfAbsent(cols[1], legacy);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Table(Map.copyOf(to), Map.copyOf(from), Collections.unmodifiableList(examples));
    }
  }
}
