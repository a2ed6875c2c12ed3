package vanban.compare;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import vanban.extract.FrequencyCues;
import vanban.model.ExtractionRecord;
import vanban.model.Obligation;

/**
 * Writes the recurring reporting and evaluation duties of extraction records as an iCalendar file
 * (RFC 5545): one all-day {@code VEVENT} per duty and rhythm ({@code định kỳ 6 tháng, hằng năm báo
 * cáo …} gives two), repeating {@code FREQ=MONTHLY}, {@code FREQ=MONTHLY;INTERVAL=3}, {@code
 * FREQ=MONTHLY;INTERVAL=6} or {@code FREQ=YEARLY} from one period after the document's date (for an
 * undated document, the newest date it cites: {@code dateNotBefore}).
 *
 * <p>A duty is a reporting or evaluation one when it names a recipient or carries the {@code
 * reporting} or {@code staff-evaluation} theme; {@code periodic} and {@code ad-hoc} duties have no
 * rhythm and documents without any date no anchor, so both are left out. Output is deterministic:
 * the {@code UID} is a hash of the document, the obligation's position and text and the rhythm;
 * {@code DTSTAMP} is the document's date; lines end in CRLF and are folded at 75 octets.
 *
 * <p>The file is a plain calendar to import or subscribe to, with no {@code METHOD}: {@code
 * METHOD:PUBLISH} would make it an iTIP message (RFC 5546), whose events must each name an {@code
 * ORGANIZER}, a calendar address that no document gives (ical4j's validation rejects it).
 */
public final class ICalendarWriter {
  private static final String CRLF = "\r\n";
  private static final int LINE_OCTETS = 75;
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  /** The rhythms a calendar can repeat, with their rule, period in months and Vietnamese name. */
  private record Rhythm(String rule, int months, String name) {}

  private static final Map<String, Rhythm> RHYTHMS =
      Map.of(
          "monthly", new Rhythm("FREQ=MONTHLY", 1, "hằng tháng"),
          "quarterly", new Rhythm("FREQ=MONTHLY;INTERVAL=3", 3, "hằng quý"),
          "semiannual", new Rhythm("FREQ=MONTHLY;INTERVAL=6", 6, "định kỳ 6 tháng"),
          "annual", new Rhythm("FREQ=YEARLY", 12, "hằng năm"));

  /** The calendar of {@code records}' recurring duties, in record and text order. */
  public String write(List<ExtractionRecord> records) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//vanban//obligations calendar//VI");
    line(out, "CALSCALE:GREGORIAN");
    for (SourcedObligation so : SourcedObligation.of(records)) {
      Obligation o = so.obligation();
      if (so.date() == null || !recurringDuty(o)) {
        continue;
      }
      LocalDate issued = LocalDate.parse(so.date());
      for (String frequency : FrequencyCues.all(o.text())) {
        Rhythm rhythm = RHYTHMS.get(frequency);
        if (rhythm == null) {
          continue;
        }
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid(so, frequency) + "@vanban");
        line(out, "DTSTAMP:" + issued.format(BASIC) + "T000000Z");
        line(out, "DTSTART;VALUE=DATE:" + issued.plusMonths(rhythm.months()).format(BASIC));
        line(out, "RRULE:" + rhythm.rule());
        line(out, "SUMMARY:" + escape(summary(o, rhythm)));
        line(out, "DESCRIPTION:" + escape(description(so)));
        if (!o.themes().isEmpty()) {
          line(
              out,
              "CATEGORIES:"
                  + String.join(",", o.themes().stream().map(ICalendarWriter::escape).toList()));
        }
        line(out, "TRANSP:TRANSPARENT");
        line(out, "END:VEVENT");
      }
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  private static boolean recurringDuty(Obligation o) {
    return o.reportTo() != null
        || o.themes().contains("reporting")
        || o.themes().contains("staff-evaluation");
  }

  private static String summary(Obligation o, Rhythm rhythm) {
    String what;
    if (o.reportTo() != null) {
      what = "Báo cáo " + o.reportTo();
    } else {
      String action = o.action() != null ? o.action() : o.text();
      what =
          action.length() > 80 ? action.substring(0, action.lastIndexOf(' ', 80)) + " …" : action;
      what = Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
    return what + " (" + rhythm.name() + ")";
  }

  private static String description(SourcedObligation so) {
    Obligation o = so.obligation();
    StringBuilder d = new StringBuilder();
    d.append("Văn bản: ").append(so.citation());
    if (so.province() != null) {
      d.append(" (").append(so.province()).append(')');
    }
    d.append('\n');
    if (o.actor() != null) {
      d.append("Chủ thể: ").append(o.actor()).append('\n');
    }
    d.append(o.text());
    return d.toString();
  }

  private static String uid(SourcedObligation so, String frequency) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String key =
          so.source() + "\n" + so.index() + "\n" + so.obligation().text() + "\n" + frequency;
      return HexFormat.of()
          .formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newline escaped. */
  static String escape(String s) {
    return s.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\n", "\\n");
  }

  /** Appends a content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = LINE_OCTETS;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + n > limit) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += n;
      i += Character.charCount(cp);
    }
    out.append(CRLF);
  }
}
