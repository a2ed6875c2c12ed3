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
}
