package vanban.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Rejoins hard-wrapped lines into paragraphs and drops blank lines; the lines of an all-caps header
 * block, headings and list items stay lines of their own.
 *
 * <p>A line continues the one before it (across blank lines too) when it starts with a lowercase
 * letter ({@code chưa nêu cao tinh thần} / {@code trách nhiệm…}) or with a digit that is not a list
 * number ({@code Chỉ thị số 29-CT/TU ngày} / {@code 15/4/2025 của…}). In a hard-wrapped document
 * (most lines of about one width, most of them ending without punctuation — a PDF conversion) a
 * line of full width without terminal punctuation also continues into a capitalised line ({@code …
 * đảng viên và} / {@code Nhân dân.}); a short line ends its paragraph. Never joined: onto a list
 * marker or heading, onto an all-caps line, or after an all-caps line or an ornament ({@code *}).
 */
final class LineJoiner {
  // Examples: "- Như trên,", "+ Các cuộc họp", "• item", "* ", "1. Tiếp tục", "2.1. Những việc",
  // "1) …", "3/ …", "a) …", "b. …", "(1) …", "II. NHIỆM VỤ".
  private static final Pattern LIST_MARKER =
      Pattern.compile(
          """
          [-+•·▪◦●○■□♦❖►>*]                          # bullets and dashes
          | \\d{1,3} (?: \\.\\d{1,3} )* [.)/] (?=\\s|$)   # 1.  2.1.  1)  3/
          | \\d{1,3} (?: \\.\\d{1,3} )+ (?=\\s|$)         # 2.1 without the final dot
          | [a-zđ] [.)] (?=\\s)                       # a)  b.
          | \\( (?: [a-zđ] | \\d{1,3} ) \\) (?=\\s)       # (a)  (1)
          | [IVXLC]{1,6} [.)] (?=\\s|$)               # II.
          """,
          Pattern.COMMENTS);

  // Examples: "Điều 5. Trách nhiệm thi hành", "Chương II", "Mục 1", "Phụ lục I".
  private static final Pattern HEADING =
      Pattern.compile("(?:Điều|Chương|Mục|Phần|Phụ lục)\\s+[\\dIVXLC]+\\b.*");

  // Header fields a PDF may put at full width beside another column; a capitalised line never
  // joins onto or into one. Examples: "Số: 907/UBND-NV", "Số 1567 -CV/TU", "V/v đẩy mạnh …",
  // "Kính gửi: …", "Nơi nhận:", "Độc lập - Tự do - Hạnh phúc", "CỘNG HÒA XÃ HỘI …",
  // "Thừa Thiên Huế, ngày 25 tháng 01 năm 2022".
  private static final Pattern HEADER_FIELD =
      Pattern.compile(
          """
          (?: Số \\s* :? \\s* \\d | V/v \\b | Kính \\s gửi | Nơi \\s nhận
            | Độc \\s lập \\s* - | CỘNG \\s HÒA )
          | \\p{Lu} [^,.;:]{1,40} , \\s* ngày \\s+ \\d{1,2} \\s+ tháng \\s+ \\d{1,2}
            \\s+ năm \\s+ \\d{4}
          """,
          Pattern.COMMENTS | Pattern.UNICODE_CHARACTER_CLASS);

  // Share of lines that must look wrapped (about the typical width and unpunctuated) before the
  // document counts as hard-wrapped; 004 is far above, the docx conversions far below.
  private static final double WRAPPED_SHARE = 0.4;
  private static final int MIN_LINES = 8;
  // A line at least this share of the typical width is "full" (it was cut by the margin).
  private static final double FULL_WIDTH = 0.8;

  private LineJoiner() {}

  /**
   * Joins {@code lines} (null for a blank line) into the normalized text, lines separated by \n.
   */
  static MappedText join(List<MappedText> lines) {
    List<MappedText> present = lines.stream().filter(Objects::nonNull).toList();
    int fullWidth = fullWidth(present);
    List<MappedText> paragraphs = new ArrayList<>();
    MappedText paragraph = null;
    String head = null; // the paragraph's first line: once joined, a paragraph's caps never change
    String previous = null;
    for (MappedText line : present) {
      String current = line.text();
      if (paragraph != null && continues(head, previous, current, fullWidth)) {
        paragraph.append(' ', line.start(0), line.start(0));
        paragraph.appendFrom(line, 0, line.length());
      } else {
        if (paragraph != null) {
          paragraphs.add(paragraph);
        }
        paragraph = new MappedText().appendFrom(line, 0, line.length());
        head = current;
      }
      previous = current;
    }
    if (paragraph != null) {
      paragraphs.add(paragraph);
    }
    MappedText out = new MappedText();
    for (MappedText p : paragraphs) {
      if (out.length() > 0) {
        int at = out.end(out.length() - 1);
        out.append('\n', at, at);
      }
      out.appendFrom(p, 0, p.length());
    }
    return out;
  }

  /**
   * Whether {@code current} continues the paragraph that starts with line {@code head} and whose
   * last line so far is {@code previous}.
   */
  static boolean continues(String head, String previous, String current, int fullWidth) {
    if (LIST_MARKER.matcher(current).lookingAt() || HEADING.matcher(current).matches()) {
      return false;
    }
    if (allCaps(head) || !hasLetterOrDigit(head)) {
      return false;
    }
    int first = firstSignificant(current);
    if (Character.isLowerCase(first)) {
      return true;
    }
    if (Character.isDigit(first)) {
      return !endsSentence(previous);
    }
    return fullWidth > 0
        && Character.isUpperCase(first)
        && !allCaps(current)
        && !HEADER_FIELD.matcher(current).lookingAt()
        && !HEADER_FIELD.matcher(previous).lookingAt()
        && previous.length() >= fullWidth
        && !endsSentence(previous);
  }

  /**
   * The length from which a line counts as cut by the margin, or 0 when the document is not
   * hard-wrapped.
   */
  static int fullWidth(List<MappedText> lines) {
    if (lines.size() < MIN_LINES) {
      return 0;
    }
    int[] lengths =
        lines.stream().mapToInt(MappedText::length).filter(n -> n >= 20).sorted().toArray();
    if (lengths.length < MIN_LINES) {
      return 0;
    }
    // The typical width: the upper quartile, since paragraph ends and headings are shorter.
    int typical = lengths[(lengths.length * 3) / 4];
    if (typical > 160) {
      return 0; // long lines are paragraphs, not a page's width
    }
    int full = (int) Math.ceil(typical * FULL_WIDTH);
    long wrapped =
        lines.stream()
            .filter(l -> l.length() >= full && l.length() <= typical * 1.25)
            .filter(l -> !endsSentence(l.text()))
            .count();
    return wrapped >= WRAPPED_SHARE * lines.size() ? full : 0;
  }

  // The first char after opening brackets and quotes: "(không do cơ quan, đơn vị tổ chức)." goes
  // on like a lowercase line.
  private static int firstSignificant(String line) {
    int i = 0;
    while (i < line.length() - 1 && "(“‘\"'«[".indexOf(line.charAt(i)) >= 0) {
      i++;
    }
    return line.codePointAt(i);
  }

  static boolean allCaps(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLowerCase(cp)) {
        return false;
      }
      letter |= Character.isLetter(cp);
      i += Character.charCount(cp);
    }
    return letter;
  }

  private static boolean hasLetterOrDigit(String s) {
    return s.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  static boolean endsSentence(String line) {
    int end = line.length();
    while (end > 0 && ")]”’\"'»".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".!?;:…".indexOf(line.charAt(end - 1)) >= 0;
  }
}
