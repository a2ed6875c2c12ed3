package vanban.lexicon;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as Vietnamese documents write them (DOMAIN.md §4): {@code ngày 16 tháng 02 năm
 * 2023}, {@code 16/02/2023}, {@code 16/2/2023}, {@code 16-02-2023}, {@code 16.02.2023}, with any
 * whitespace (line breaks included) between the parts.
 */
public final class VietnameseDates {
  private VietnameseDates() {}

  /**
   * Examples: {@code ngày 25 tháng 01 năm 2022}, {@code 05/9/2016}, {@code 16-02-2023}. A
   * numeric date must not be glued to a symbol ({@code 48/2018/QĐ}) or a longer number.
   */
  private static final Pattern DATE =
      Pattern.compile(
          """
          (?<![\\p{N}/.\\-])
          (?:
            (?<d1>\\d{1,2})\\s*tháng\\s*(?<m1>\\d{1,2})\\s*năm\\s*(?<y1>\\d{4})   # 25 tháng 01 năm 2022
          | (?<d2>\\d{1,2})\\s*(?<sep>[/.\\-])\\s*(?<m2>\\d{1,2})\\s*\\k<sep>\\s*(?<y2>\\d{4})  # 05/9/2016
          )
          (?![\\p{N}]|/[\\p{L}\\p{N}])
          """,
          Pattern.COMMENTS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A date found in a text, with its place. */
  public record Match(LocalDate date, int start, int end, String asWritten) {}

  /** Every valid calendar date in {@code text}, in order; impossible dates (31/02) are skipped. */
  public static List<Match> find(CharSequence text) {
    List<Match> out = new ArrayList<>();
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      toDate(m).ifPresent(d -> out.add(new Match(d, m.start(), m.end(), m.group())));
    }
    return out;
  }

  /** The date written in {@code text} when it holds exactly one date and nothing else but space. */
  public static Optional<LocalDate> parse(String text) {
    Matcher m = DATE.matcher(text.strip());
    return m.matches() ? toDate(m) : Optional.empty();
  }

  private static Optional<LocalDate> toDate(Matcher m) {
    String d = m.group("d1") != null ? m.group("d1") : m.group("d2");
    String mo = m.group("m1") != null ? m.group("m1") : m.group("m2");
    String y = m.group("y1") != null ? m.group("y1") : m.group("y2");
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code tháng 11/2025}, {@code tháng 11 năm 2025}, {@code 11/2025}: a month. */
  private static final Pattern MONTH =
      Pattern.compile(
          "(?<![\\p{N}/.\\-])(?:tháng\\s*)?(?<m>0?[1-9]|1[0-2])\\s*(?:/|\\s+năm\\s+)\\s*(?<y>\\d{4})(?![\\p{N}]|/[\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** {@code Quý I/2026}, {@code quý 4 năm 2025}: a quarter. */
  private static final Pattern QUARTER =
      Pattern.compile(
          "quý\\s+(?<q>IV|III|II|I|[1-4])\\s*(?:/|\\s+năm\\s+)\\s*(?<y>\\d{4})(?!\\p{N})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** {@code năm 2026}: a year. */
  private static final Pattern YEAR =
      Pattern.compile("năm\\s+(?<y>(?:19|20)\\d{2})(?!\\p{N})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The end of the period {@code text} names last, in ISO 8601 at its own precision: a date ({@code
   * 10/12/2025} → 2025-12-10), a month ({@code Tháng 11/2025} → 2025-11), a quarter's last month
   * ({@code Quý I/2026} → 2026-03), a year ({@code năm 2026} → 2026); for a range ({@code Từ tháng
   * 12/2025 đến quý I/2026}) its end. Null when {@code text} names none.
   */
  public static String periodEnd(String text) {
    String best = null;
    int bestEnd = -1;
    List<int[]> taken = new ArrayList<>();
    for (Match m : find(text)) {
      taken.add(new int[] {m.start(), m.end()});
      if (m.end() > bestEnd) {
        best = m.date().toString();
        bestEnd = m.end();
      }
    }
    Matcher q = QUARTER.matcher(text);
    while (q.find()) {
      taken.add(new int[] {q.start(), q.end()});
      if (q.end() > bestEnd) {
        int quarter =
            switch (q.group("q").toUpperCase(java.util.Locale.ROOT)) {
              case "I", "1" -> 1;
              case "II", "2" -> 2;
              case "III", "3" -> 3;
              default -> 4;
            };
        best = String.format("%s-%02d", q.group("y"), quarter * 3);
        bestEnd = q.end();
      }
    }
    Matcher mo = MONTH.matcher(text);
    while (mo.find()) {
      if (inside(taken, mo.start()) || mo.end() <= bestEnd) {
        continue;
      }
      taken.add(new int[] {mo.start(), mo.end()});
      best = String.format("%s-%02d", mo.group("y"), Integer.parseInt(mo.group("m")));
      bestEnd = mo.end();
    }
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      if (inside(taken, y.start()) || y.end() <= bestEnd) {
        continue;
      }
      best = y.group("y");
      bestEnd = y.end();
    }
    return best;
  }

  private static boolean inside(List<int[]> spans, int at) {
    for (int[] s : spans) {
      if (s[0] <= at && at < s[1]) {
        return true;
      }
    }
    return false;
  }
}
