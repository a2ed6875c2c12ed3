package vanban.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vanban.lexicon.VietnameseDates;
import vanban.model.Citation;
import vanban.model.DateMention;
import vanban.model.DocumentMetadata;
import vanban.model.Span;

/**
 * Finds the dates, periods and years of a normalized text and gives each its role (DOMAIN.md §4):
 * {@code issued} (the document's own date), {@code cited} (the date of a cited instrument),
 * {@code deadline} ({@code trước ngày 15/12/2026}), {@code period} ({@code giai đoạn 2021-2030},
 * {@code nhiệm kỳ 2020 – 2025}, {@code năm 2022}, {@code đến năm 2030}) or {@code other}.
 */
public final class DateExtractor {
  /** How far after a citation's end its date may still be written ({@code …, ngày 22/7/2021}). */
  private static final int CITED_DATE_REACH = 24;

  /** How far before a citation its date may be written ({@code Ngày 22/7/2021, Ban … ban hành Kết luận …}). */
  private static final int CITED_DATE_LEAD = 80;

  /**
   * Periods and years. Examples: {@code giai đoạn 2021-2030}, {@code nhiệm kỳ 2020 - 2025},
   * {@code đến năm 2030}, {@code năm 2022}.
   */
  private static final Pattern PERIOD =
      Pattern.compile(
          """
          (?<range>(?:giai\\s+đoạn|nhiệm\\s+kỳ|thời\\s+kỳ|từ\\s+năm)\\s+
             (?<from>(?:19|20)\\d{2})\\s*(?:-|đến|đến\\s+năm)\\s*(?<to>(?:19|20)\\d{2}))
          | (?<until>(?:đến|tới)\\s+năm\\s+(?<untilYear>(?:19|20)\\d{2}))
          | (?<year>(?<![/\\-\\d])năm\\s+(?<yearValue>(?:19|20)\\d{2})(?![/\\-\\d]))
          """,
          Pattern.COMMENTS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Words that make the date after them a deadline. Examples: {@code trước ngày 15/12/2026},
   * {@code chậm nhất là ngày 30/6/2025}, {@code hoàn thành trước 31/12/2026}, {@code đến hết ngày
   * 31/3/2026}, {@code không muộn hơn ngày 15/01/2027}.
   */
  private static final Pattern DEADLINE_CUE =
      Pattern.compile(
          "(?:trước|chậm\\s+nhất|hạn\\s+chót|thời\\s+hạn|hoàn\\s+thành\\s+trước|xong\\s+trước"
              + "|đến\\s+hết|không\\s+muộn\\s+hơn)"
              + "(?:\\s+(?:là|vào))?(?:\\s+ngày)?\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** How far before a date its deadline words may start. */
  private static final int DEADLINE_REACH = 30;

  /** Every date mention of {@code text}, in text order. */
  public List<DateMention> extract(String text, DocumentMetadata self, List<Citation> citations) {
    List<DateMention> out = new ArrayList<>();
    boolean issuedSeen = false;
    for (VietnameseDates.Match m : VietnameseDates.find(text)) {
      int start = m.start();
      // Include a leading "ngày" in the mention: it is part of how the date is written.
      int wordStart = start - "ngày ".length();
      if (wordStart >= 0 && text.regionMatches(true, wordStart, "ngày ", 0, 5)) {
        start = wordStart;
      }
      Span span = new Span(start, m.end());
      String role;
      if (!issuedSeen && m.date().equals(self.date()) && isHeaderDate(text, start)) {
        role = "issued";
        issuedSeen = true;
      } else if (citedBy(citations, span, m.date())) {
        role = "cited";
      } else if (isDeadline(text, m.start())) {
        role = "deadline";
      } else {
        role = "other";
      }
      out.add(new DateMention(text.substring(start, m.end()), m.date().toString(), role, span));
    }
    Matcher p = PERIOD.matcher(text);
    while (p.find()) {
      if (overlaps(out, p.start(), p.end())) {
        continue;
      }
      String value;
      if (p.group("range") != null) {
        value = p.group("from") + "/" + p.group("to");
      } else if (p.group("until") != null) {
        value = p.group("untilYear");
      } else {
        value = p.group("yearValue");
      }
      out.add(new DateMention(p.group(), value, "period", new Span(p.start(), p.end())));
    }
    out.sort(Comparator.comparingInt(d -> d.span().start()));
    return out;
  }

  /**
   * Whether the date written at {@code dateStart} in {@code text} is a deadline: deadline words
   * ({@code trước}, {@code chậm nhất}, {@code đến hết} …) end just before it, with or without {@code
   * ngày}. Shared with {@link ObligationExtractor}, so an obligation's deadline and the date's role
   * agree.
   */
  static boolean isDeadline(String text, int dateStart) {
    String before = text.substring(Math.max(0, dateStart - DEADLINE_REACH - 5), dateStart);
    return DEADLINE_CUE.matcher(before).find();
  }

  /** The place-and-date line: {@code Hà Tĩnh, ngày 16 tháng 02 năm 2023}, at a line's start. */
  private static boolean isHeaderDate(String text, int start) {
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    String before = text.substring(lineStart, start);
    return before.isBlank() || before.strip().endsWith(",");
  }

  private static boolean citedBy(List<Citation> citations, Span date, LocalDate value) {
    for (Citation c : citations) {
      if (value.equals(c.date())
          && c.span() != null
          && date.end() >= c.span().start() - CITED_DATE_LEAD
          && date.start() <= c.span().end() + CITED_DATE_REACH) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(List<DateMention> found, int start, int end) {
    for (DateMention d : found) {
      if (d.span().start() < end && start < d.span().end()) {
        return true;
      }
    }
    return false;
  }
}
