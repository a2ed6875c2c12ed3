package vanban.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the flattening of two-column layouts. A PDF, an OCR pass or a portal's text export puts
 * the header's columns, or the distribution list and the signature set beside it, on one line:
 * {@code Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH …}, {@code -
 * Như trên; PHÓ CỤC TRƯỞNG}. Such a line is cut where a recognisable field starts, so the header
 * and signature parsers see one field a line. A line cut keeps its place: each piece's span is its
 * part of the original line.
 */
final class LayoutLines {

  /** How many lines from the top may hold a flattened header. */
  private static final int HEADER_ZONE = 30;

  /** Where a header field starts inside a line: {@code Số:}, {@code V/v}, {@code Kính gửi}. */
  private static final Pattern HEADER_FIELD_START =
      Pattern.compile(
          "(?<=\\S)\\s+(?=(?:Số|SỐ)\\s*[:.]?\\s*(?:\\d|/|$)|số\\s*:|[Vv]/[Vv]\\b|(?:Kính|KÍNH) (?:gửi|GỬI)\\b)");

  /** {@code Số: /UBND-NCV/v tập trung …}: a subject glued to the symbol before it. */
  private static final Pattern GLUED_SUBJECT = Pattern.compile("(?<=[\\p{Lu}\\d])(?=V/v\\s)");

  /** The end of a place-date: {@code ngày 04 tháng 5 năm 2020}, {@code ngày 05/9/2016}. */
  private static final Pattern DATE_END =
      Pattern.compile(
          // After "Place," only: a cited instrument's date in a sentence is no place-date.
          "(?<=,\\s{0,2})ngày\\s*[\\d.…_\\s]{0,6}tháng\\s*[\\d.…_\\s]{0,6}năm\\s*\\d{4}(?=\\s+\\S)"
              + "|(?<=,\\s{0,2})ngày\\s+\\d{1,2}/\\d{1,2}/\\d{4}(?=\\s+\\S)");

  /** Where a body starts: the header's columns are above it. */
  private static final Pattern BODY_START =
      Pattern.compile("^(?:Căn cứ|Thực hiện|Xét đề nghị|Trả lời|Trong thời gian|\\d{1,2}[.)]\\s|[IVX]{1,4}\\.\\s|Điều 1\\b).*");

  /** {@code Hà Nội, ngày}: a place-date starting inside a line, after another column. */
  private static final Pattern PLACE_DATE_START =
      Pattern.compile(
          // Not inside the place: the word before is no capitalised word ("Thừa Thiên Huế").
          "(?<=\\S)(?<!(?:^|[\\s-])(?:TP\\.|\\p{Lu}\\p{Ll}{0,10}|phố))\\s+"
              + "(?=(?:TP\\.\\s*)?\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+){0,4}\\s*,\\s*ngày\\b)");

  /** The motto run into the issuer column: cut before and after it. */
  private static final Pattern MOTTO_EDGE =
      Pattern.compile(
          "(?<=\\S)\\s+(?=CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\\s*[-–])"
              + "|(?<=VIỆT NAM|Hạnh phúc)\\s+(?=\\S)"
              + "|\\s+(?=[-_]{3,})|(?<=[-_]{3})\\s+(?=\\S)");

  /** A capitals title running into a sentence: {@code … CẢ NƯỚC Ngày 24 tháng …}. */
  private static final Pattern CAPS_INTO_TEXT =
      Pattern.compile("(?<=\\p{Lu}{2}[\\p{Lu}\\s,]{8,}\\p{Lu})\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Ll})");

  /** {@code CHỈ THỊ VỀ CÔNG TÁC …}: a type title with its subject run on. */
  private static final Pattern TITLE_THEN_SUBJECT =
      Pattern.compile(
          "(?<=^(?:"
              + vanban.lexicon.DocumentTypes.get().allNames().stream()
                  .map(n -> Pattern.quote(n.toUpperCase(java.util.Locale.ROOT)))
                  .collect(java.util.stream.Collectors.joining("|"))
              + "))\\s+(?=(?:VỀ|V/V|Về|V/v)\\s)");

  /**
   * A distribution item with the signature column glued after it: a title, a name, or both ({@code
   * - Lưu: VT, ĐMDN. BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng}). OCR may misread the heading ({@code Noi
   * nhận:}) and leave debris between the columns ({@code - Như trên; = ` TRƯỞNG}).
   */
  private static final Pattern DISTRIBUTION_BESIDE =
      Pattern.compile(
          "^(?<left>(?:N[ơo]i nh[ậa]n|NƠI NHẬN)\\s*:?|[-–•+~]\\s.*?[;,.:)]|Lưu\\s*:?.*?[;,.)])"
              + "(?:\\s*[^\\p{L}\\d\\s(]{1,3}){0,2}\\s+"
              + "(?<right>(?:\\((?:Đã|đã) ký\\)|(?:(?:KT|TM|TL|TUQ|K/T|T/M)\\.?\\s*)?\\p{Lu}{2,}[\\p{Lu}\\s,.]*"
              + "(?:\\s\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,4})?"
              + "|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,4}))$");

  /** {@code CHỦ NHIỆM Mai Tiến Dũng}: where a title in capitals ends and a name starts. */
  private static final Pattern TITLE_THEN_NAME =
      Pattern.compile("(?<=\\p{Lu}{2})\\s+(?=\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,4}$)");

  /** Signature prefixes inside a flattened signature line: {@code TM. … KT. CHỦ TỊCH …}. */
  private static final Pattern SIGNATURE_CUT =
      Pattern.compile(
          "(?<=\\S)\\s+(?=(?:KT|TM|TL|TUQ|K/T|T/M)\\.\\s*\\p{Lu})"
              + "|(?<=\\p{Lu}{2})\\s+(?=\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}*)"
              + "|(?<=\\p{Ll})\\s+(?=\\p{Lu}{2,}\\s+\\p{Lu}{2,})");

  private static final Pattern SIGNATURE_LINE = Pattern.compile("^(?:KT|TM|TL|TUQ|K/T|T/M)\\.\\s*\\p{Lu}.*");

  private LayoutLines() {}

  /** {@code lines} with flattened columns cut apart, renumbered. */
  static List<Line> split(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    boolean inHeader = true;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      List<String> pieces = new ArrayList<>();
      pieces.add(line.text());
      inHeader = inHeader && i < HEADER_ZONE && !BODY_START.matcher(line.text()).matches();
      if (inHeader) {
        pieces = cut(pieces, MOTTO_EDGE);
        pieces = cut(pieces, HEADER_FIELD_START);
        pieces = cut(pieces, GLUED_SUBJECT);
        pieces = cut(pieces, PLACE_DATE_START);
        pieces = cutAfter(pieces, DATE_END);
        pieces = cut(pieces, CAPS_INTO_TEXT);
        pieces = cut(pieces, TITLE_THEN_SUBJECT);
      }
      pieces = splitDistribution(pieces);
      List<String> signed = new ArrayList<>();
      for (String p : pieces) {
        if (SIGNATURE_LINE.matcher(p).matches()) {
          signed.addAll(cut(List.of(p), SIGNATURE_CUT));
        } else {
          signed.add(p);
        }
      }
      add(out, line, signed);
    }
    return out;
  }

  private static List<String> cut(List<String> pieces, Pattern at) {
    List<String> out = new ArrayList<>();
    for (String p : pieces) {
      for (String s : at.split(p)) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }

  private static List<String> cutAfter(List<String> pieces, Pattern end) {
    List<String> out = new ArrayList<>();
    for (String p : pieces) {
      Matcher m = end.matcher(p);
      if (m.find() && m.end() < p.length()) {
        out.add(p.substring(0, m.end()).strip());
        String rest = p.substring(m.end()).strip();
        if (!rest.isEmpty()) {
          out.add(rest);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static List<String> splitDistribution(List<String> pieces) {
    List<String> out = new ArrayList<>();
    for (String p : pieces) {
      Matcher m = DISTRIBUTION_BESIDE.matcher(p);
      if (m.matches()) {
        out.add(m.group("left").strip());
        // The title and the name below it, flattened onto one line: two lines again.
        out.addAll(cut(List.of(m.group("right").strip()), TITLE_THEN_NAME));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static void add(List<Line> out, Line line, List<String> pieces) {
    if (pieces.size() == 1) {
      out.add(new Line(out.size(), line.start(), line.end(), line.text()));
      return;
    }
    // Spans: each piece where its text starts in the cleaned line, mapped onto the original.
    int from = 0;
    int length = line.end() - line.start();
    for (int k = 0; k < pieces.size(); k++) {
      String piece = pieces.get(k);
      int at = line.text().indexOf(piece, from);
      if (at < 0) {
        at = from;
      }
      int start = line.start() + Math.min(at, length);
      int end = line.start() + Math.min(at + piece.length(), length);
      out.add(new Line(out.size(), start, Math.max(start, end), piece));
      from = at + piece.length();
    }
  }
}
