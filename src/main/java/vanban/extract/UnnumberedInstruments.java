package vanban.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Instruments cited by name without a number (DOMAIN.md §3): laws and codes ({@code Luật Viên
 * chức}, {@code Bộ luật Lao động}), {@code Bộ Quy tắc …}, Central Committee plenum resolutions
 * ({@code Nghị quyết Trung ương 4 khóa XI, khóa XII} is two), the Constitution and the Party
 * Charter.
 */
final class UnnumberedInstruments {
  /** One unnumbered instrument found, with its place. */
  record Found(String name, String type, String issuer, int start, int end, boolean local) {
    Found(String name, String type, String issuer, int start, int end) {
      this(name, type, issuer, start, end, false);
    }
  }

  private static final UnnumberedInstruments INSTANCE = new UnnumberedInstruments();

  /** Law names with a comma or several words inside, longest first, as regex alternation. */
  private final String lawNames;

  /** {@code Luật Cán bộ, công chức}, {@code Bộ luật Lao động}; the name is read after the head. */
  private final Pattern law;

  /**
   * {@code Nghị quyết Trung ương 4 khóa XI, khóa XII}, {@code Nghị quyết Hội nghị Trung ương 4
   * (khóa XII)}, {@code Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII}.
   */
  private static final Pattern PLENUM =
      Pattern.compile(
          """
          (?<![\\p{L}])Nghị\\s+quyết\\s+(?:Hội\\s+nghị\\s+)?
          (?:lần\\s+thứ\\s+(?<nth>\\p{L}+|\\d+)\\s+)?         # Hội nghị lần thứ tư
          (?:Ban\\s+Chấp\\s+hành\\s+)?Trung\\s+ương\\s+(?:Đảng\\s+)?
          (?:(?<n>\\d{1,2})\\s+                                # 4
            |lần\\s+thứ\\s+(?<nth2>\\p{L}+|\\d+)\\s+)?
          (?<khoas>\\(?\\s*kh(?:óa|oá)\\s+[IVXLC]+\\s*\\)?      # khóa XI
            (?:\\s*(?:,|và)\\s*kh(?:óa|oá)\\s+[IVXLC]+)*)       # , khóa XII
          """,
          Pattern.COMMENTS | Pattern.UNICODE_CASE);

  /**
   * {@code Nghị quyết Đại hội XIII của Đảng}, {@code Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần
   * thứ XIX, nhiệm kỳ 2020 - 2025}: a congress resolution, local when it is a provincial one.
   */
  private static final Pattern CONGRESS =
      Pattern.compile(
          """
          (?<![\\p{L}])Nghị\\s+quyết\\s+Đại\\s+hội\\s+(?:đại\\s+biểu\\s+)?(?:toàn\\s+quốc\\s+)?
          (?<local>Đảng\\s+bộ\\s+(?:tỉnh|huyện|thành\\s+phố)(?:\\s+\\p{Lu}\\p{L}*)*\\s+)?
          (?:lần\\s+thứ\\s+)?[IVXLC]+\\b
          (?:\\s*,?\\s*nhiệm\\s+kỳ\\s+\\d{4}\\s*-\\s*\\d{4})?
          (?:\\s+của\\s+Đảng(?![\\p{L}]))?
          """,
          Pattern.COMMENTS | Pattern.UNICODE_CASE);

  private static final Pattern KHOA_ONE = Pattern.compile("kh(?:óa|oá)\\s+([IVXLC]+)");

  /** {@code Hiến pháp năm 2013}, {@code Điều lệ Đảng}. */
  private static final Pattern FIXED =
      Pattern.compile(
          "(?<![\\p{L}])(?<name>Hiến\\s+pháp(?:\\s+nước\\s+Cộng\\s+hòa\\s+xã\\s+hội\\s+chủ\\s+nghĩa"
              + "\\s+Việt\\s+Nam)?(?:\\s+năm\\s+\\d{4})?|Điều\\s+lệ\\s+Đảng(?:\\s+Cộng\\s+sản\\s+Việt\\s+Nam)?)"
              + "(?![\\p{L}])");

  /** {@code Bộ Quy tắc ứng xử trên mạng xã hội}: the head; the name runs to a comma or a stop. */
  private static final Pattern CODE_OF_CONDUCT =
      Pattern.compile("(?<![\\p{L}])Bộ\\s+[Qq]uy\\s+tắc\\s+(?=\\p{Ll})");

  private static final Pattern ORDINAL = Pattern.compile("\\d+");

  private static final Map<String, String> ORDINAL_WORDS =
      Map.ofEntries(
          Map.entry("nhất", "1"),
          Map.entry("hai", "2"),
          Map.entry("ba", "3"),
          Map.entry("tư", "4"),
          Map.entry("bốn", "4"),
          Map.entry("năm", "5"),
          Map.entry("sáu", "6"),
          Map.entry("bảy", "7"),
          Map.entry("tám", "8"),
          Map.entry("chín", "9"),
          Map.entry("mười", "10"));

  /** Words that end a name read by the general rule. */
  private static final Set<String> NAME_STOP =
      Set.of(
          "và", "về", "số", "của", "ngày", "đã", "được", "theo", "tại", "do", "nhằm", "để", "thì",
          "là", "khi", "ban", "quy", "có", "hiện", "này", "các", "những", "đến", "với", "cho",
          "trong", "phải", "không", "hoặc", "sửa", "thay", "bãi", "hướng", "mới", "cũng", "nay",
          "đối", "nêu", "như");

  private static final Pattern FIRST_WORD = Pattern.compile("\\s*([\\p{L}\\p{N}]+)");

  private static final Pattern NAME_WORD = Pattern.compile("\\G(\\s+)([\\p{L}\\p{N}]+)");
  private static final Pattern YEAR_SUFFIX = Pattern.compile("\\G\\s+năm\\s+(?:19|20)\\d{2}");

  private UnnumberedInstruments() {
    List<String> names = new ArrayList<>();
    for (String[] row : RelationCues.rows("/vanban/extract/law-names.txt")) {
      names.add(row[0].strip());
    }
    names.sort(Comparator.comparingInt(String::length).reversed());
    lawNames =
        names.stream()
            .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
            .collect(Collectors.joining("|"));
    law =
        Pattern.compile(
            "(?<![\\p{L}])(?<head>Bộ\\s+luật|Luật)\\s+(?:(?<known>"
                + lawNames
                + ")(?![\\p{L}])|(?=\\p{Lu}))");
  }

  static UnnumberedInstruments get() {
    return INSTANCE;
  }

  /** Every unnumbered instrument in {@code t}, in text order. */
  List<Found> find(String t) {
    List<Found> out = new ArrayList<>();
    Matcher m = law.matcher(t);
    while (m.find()) {
      String head = m.group("head").replaceAll("\\s+", " ");
      int end = m.group("known") != null ? m.end("known") : readName(t, m.end(), 6);
      if (end <= m.end() && m.group("known") == null) {
        continue;
      }
      Matcher y = CitationExtractor.at(YEAR_SUFFIX, t, end);
      if (y != null) {
        end = y.end();
      }
      String name = t.substring(m.start(), end).replaceAll("\\s+", " ");
      out.add(new Found(name, head, "Quốc hội", m.start(), end));
    }
    Matcher p = PLENUM.matcher(t);
    while (p.find()) {
      String ordinal = p.group("n");
      if (ordinal == null) {
        ordinal = p.group("nth") != null ? p.group("nth") : p.group("nth2");
      }
      if (ordinal == null) {
        continue;
      }
      if (!ORDINAL.matcher(ordinal).matches()) {
        String n = ORDINAL_WORDS.get(ordinal.toLowerCase(Locale.ROOT));
        ordinal = n != null ? n : "lần thứ " + ordinal; // "lần thứ tư" is plenum 4
      }
      Matcher k = KHOA_ONE.matcher(t);
      k.region(p.start("khoas"), p.end("khoas"));
      boolean first = true;
      while (k.find()) {
        String name = "Nghị quyết Trung ương " + ordinal + " khóa " + k.group(1);
        int start = first ? p.start() : k.start();
        int end = k.end();
        if (first && t.charAt(p.end("khoas") - 1) == ')' && !k.hitEnd()) {
          end = k.end();
        }
        out.add(new Found(name, "Nghị quyết", "Ban Chấp hành Trung ương Đảng", start, end));
        first = false;
      }
    }
    Matcher g = CONGRESS.matcher(t);
    while (g.find()) {
      out.add(
          new Found(
              g.group().replaceAll("\\s+", " "),
              "Nghị quyết",
              null,
              g.start(),
              g.end(),
              g.group("local") != null));
    }
    Matcher f = FIXED.matcher(t);
    while (f.find()) {
      String name = f.group("name").replaceAll("\\s+", " ");
      String type = name.startsWith("Hiến") ? "Hiến pháp" : "Điều lệ";
      out.add(new Found(name, type, null, f.start(), f.end()));
    }
    Matcher c = CODE_OF_CONDUCT.matcher(t);
    while (c.find()) {
      int end = readName(t, c.end() - 1, 10);
      if (end > c.end()) {
        out.add(
            new Found(
                t.substring(c.start(), end).replaceAll("\\s+", " "),
                "Bộ Quy tắc",
                null,
                c.start(),
                end));
      }
    }
    out.sort(Comparator.comparingInt(Found::start));
    return out;
  }

  /**
   * The end of a name whose words start at {@code pos}: up to {@code max} words, ending before
   * punctuation, a stop word, or a capitalised word after the first (a new name).
   */
  private static int readName(String t, int pos, int max) {
    int end = pos;
    int words = 0;
    Matcher w = NAME_WORD.matcher(t);
    int cur = pos;
    // the first word may follow directly (no leading space)
    Matcher first = CitationExtractor.at(FIRST_WORD, t, cur);
    if (first == null) {
      return pos;
    }
    String fw = first.group(1);
    if (NAME_STOP.contains(fw)) {
      return pos;
    }
    end = first.end();
    cur = end;
    words = 1;
    while (words < max) {
      w.region(cur, t.length());
      if (!w.lookingAt() || w.group(1).contains("\n")) {
        break;
      }
      String word = w.group(2);
      if (NAME_STOP.contains(word) || Character.isDigit(word.codePointAt(0))) {
        break;
      }
      if (Character.isUpperCase(word.codePointAt(0)) && words > 0 && !isAcronymPart(word)) {
        // a capitalised word continues a name only right after the head's first word
        if (words > 1) {
          break;
        }
      }
      end = w.end();
      cur = end;
      words++;
    }
    return end;
  }

  private static boolean isAcronymPart(String w) {
    return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
  }
}
