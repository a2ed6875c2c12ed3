package vanban.normalize;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns converted document text into the one clean text every extractor reads, with an offset map
 * back to the source; never throws, and normalizing its own output changes nothing.
 *
 * <p>The output is a sequence of lines joined by a single {@code \n}: no empty lines, no leading or
 * trailing spaces, no runs of spaces, no trailing newline. One line is one paragraph, heading,
 * header line (each line of an all-caps header block stays its own line) or list item ({@code -},
 * {@code +}, {@code •}, {@code 1.}, {@code 2.1.}, {@code a)} …).
 *
 * <p>Steps, in order:
 *
 * <ol>
 *   <li>Chars: CRLF/CR and other line separators to {@code \n}; tabs, NBSP and other Unicode spaces
 *       to a space; en/em dash, minus, non-breaking hyphen and kin to {@code -}; zero-width and
 *       other format chars, soft hyphens, control chars and unpaired surrogates removed;
 *       look-alikes of {@code Đ}/{@code đ} (Icelandic eth {@code Ð ð}, African {@code Ɖ ɖ})
 *       replaced.
 *   <li>Unicode NFC.
 *   <li>One tone placement for the open syllables oa, oe, uy ({@link #foldTonePlacement}).
 *   <li>Per line: converter debris ({@code [bookmark: …]}) and markdown emphasis ({@code **b**},
 *       {@code __b__}, {@code *i*}) removed, a lone {@code *} kept; spaces collapsed; trimmed; a
 *       page number alone on a line ({@code 2}, {@code - 2 -}, {@code Trang 2}) dropped.
 *   <li>Hard wraps rejoined with one space ({@link LineJoiner}).
 * </ol>
 *
 * <p>Offsets: each output char maps to the source char it came from; a space inserted where a wrap
 * was joined maps to the first char after the break; a {@code \n} between lines to the end of the
 * previous line; removed debris has no output chars.
 */
public final class VietnameseNormalizer {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  // Normalizing is a fixpoint by construction in the common case; a few adversarial inputs (a join
  // that creates a new page-number-like line, emphasis markers revealed by removing others) need
  // another pass. Passes compose: each step keeps every char's original source range.
  private static final int MAX_PASSES = 4;

  // Examples: "[bookmark: _GoBack]" before the first body paragraph of 000; pandoc's anchor
  // "{#_GoBack .anchor}" and "[]{#_Toc123 .anchor}" for the same Word bookmark.
  private static final Pattern DEBRIS =
      Pattern.compile(
          "\\[(?:bookmark|image|anchor):[^\\]\\n"
              + "]*\\]|(?:\\[\\])?\\{#[\\w.:-]+(?:\\s+\\.anchor)?\\}",
          Pattern.CASE_INSENSITIVE);

  // Example: "**ỦY BAN NHÂN DÂN" … "TỈNH THỪA THIÊN HUẾ**" (001): markers may open on one line and
  // close on the next, so each marker is judged alone — it goes when it touches a word.
  private static final Pattern STRONG_MARKER =
      Pattern.compile("(?<![*\\\\])\\*{2,3}(?!\\*)|(?<!_)__(?!_)");

  // Example: “*Tỉnh an toàn giao thông*” (002). A pair on one line around non-space text; a lone
  // "*" (the Party header ornament) has no partner and stays.
  private static final Pattern ITALIC =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}*\\\\])\\*([^\\s*](?:[^*\\n]*[^\\s*])?)\\*(?![\\p{L}\\p{N}*])");

  // Examples: "2", "- 2 -", "Trang 2", "Trang 2/5", "-3-", a gazette's running head
  // "CÔNG BÁO/Số 302/Ngày 02-06-2026 71".
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          """
          (?: -\\s* )? \\d{1,3} (?: \\s*- )?                  # 2 | - 2 - | -3-
          | (?: trang | page ) \\s+ \\d{1,4} (?: \\s*/\\s*\\d{1,4} )?   # Trang 2 | Trang 2/5
          | công \\s+ báo \\s* / \\s* số \\s+ \\d{1,5} \\s* / \\s* ngày \\s+ [\\d\\-/.]{8,10}
            (?: \\s+ \\d{1,4} )?                                # CÔNG BÁO/Số 302/Ngày 02-06-2026 71
          """,
          Pattern.COMMENTS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Normalizes {@code source} (null reads as empty); see the class comment for what that means. */
  public NormalizedText normalize(String source) {
    String input = source == null ? "" : source;
    MappedText current = onePass(MappedText.identity(input));
    for (int pass = 1; pass < MAX_PASSES; pass++) {
      MappedText next = onePass(current);
      if (next.text().equals(current.text())) {
        break;
      }
      current = next;
    }
    return current.freeze(input.length());
  }

  /**
   * {@link #foldTonePlacement(String)} in place on the first {@code length} chars of {@code chars},
   * which must already be NFC (an analyzer's term after its NFC char filter); returns whether
   * anything changed.
   */
  public static boolean foldTonePlacement(char[] chars, int length) {
    return ToneMarks.fold(chars, length);
  }

  /**
   * Moves the tone mark of an open syllable ending in oa, oe or uy onto its first vowel ({@code
   * hoá→hóa}, {@code khoẻ→khỏe}, {@code thuỷ→thủy}, {@code UỶ→ỦY}), leaving closed syllables
   * ({@code toán}, {@code hoạch}, {@code thuyền}) and {@code qu}+y ({@code quý}) alone; the result
   * is NFC.
   */
  public static String foldTonePlacement(String s) {
    String nfc = NFC.normalize(s);
    char[] chars = nfc.toCharArray();
    ToneMarks.fold(chars);
    return new String(chars);
  }

  /**
   * {@code s} without its diacritics, case kept: {@code Bố trí đủ} → {@code Bo tri du}; what a
   * person types on a keyboard without a Vietnamese input method.
   */
  public static String stripDiacritics(String s) {
    String nfd = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      out.append(c == '\u0111' ? 'd' : c == '\u0110' ? 'D' : c);
    }
    return out.toString();
  }

  /** Whether {@code s} has a Vietnamese diacritic or {@code đ}: it was typed with them. */
  public static boolean hasDiacritics(String s) {
    return !stripDiacritics(s).equals(s);
  }

  private static MappedText onePass(MappedText in) {
    MappedText text = nfc(cleanChars(in));
    char[] chars = text.text().toCharArray();
    if (ToneMarks.fold(chars)) {
      MappedText folded = new MappedText();
      for (int i = 0; i < chars.length; i++) {
        folded.append(chars[i], text.start(i), text.end(i));
      }
      text = folded;
    }
    return LineJoiner.join(cleanLines(text));
  }

  private static MappedText cleanChars(MappedText in) {
    MappedText out = new MappedText();
    int n = in.length();
    for (int i = 0; i < n; i++) {
      char c = in.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, in.charAt(i + 1));
        int type = Character.getType(cp);
        if (type != Character.FORMAT
            && type != Character.PRIVATE_USE
            && !Character.isSpaceChar(cp)) {
          out.appendFrom(in, i).appendFrom(in, i + 1);
        }
        i++;
        continue;
      }
      if (c == '\r') {
        if (i + 1 < n && in.charAt(i + 1) == '\n') {
          continue; // the \n that follows stands for the pair
        }
        out.append('\n', in.start(i), in.end(i));
      } else if (c == '\n'
          || c == '\u000B'
          || c == '\u000C'
          || c == '\u0085'
          || c == '\u2028'
          || c == '\u2029') {
        out.append('\n', in.start(i), in.end(i));
      } else if (c == '\t' || Character.isSpaceChar(c)) {
        out.append(' ', in.start(i), in.end(i));
      } else if (isDash(c)) {
        out.append('-', in.start(i), in.end(i));
      } else if (c >= '\uF000' && c <= '\uF0FF') {
        // Word's Symbol/Wingdings bullets arrive as private-use chars (U+F0B7, U+F0A7; U+F02D a
        // dash)
        out.append(c == '\uF02D' ? '-' : '•', in.start(i), in.end(i));
      } else if (c == '\u00D0' || c == '\u0189') {
        out.append('Đ', in.start(i), in.end(i));
      } else if (c == '\u00F0' || c == '\u0256') {
        out.append('đ', in.start(i), in.end(i));
      } else if (Character.isSurrogate(c)
          || Character.getType(c) == Character.FORMAT
          || Character.getType(c) == Character.CONTROL
          || c == '\uFFFE'
          || c == '\uFFFF') {
        // zero-width chars, BOM, soft hyphen, direction marks, controls, broken surrogates: no text
      } else {
        out.appendFrom(in, i);
      }
    }
    return out;
  }

  private static boolean isDash(char c) {
    return (c >= '\u2010' && c <= '\u2015') // hyphen, non-breaking hyphen, figure/en/em dash, bar
        || c == '\u2212' // minus sign
        || c == '\u2043' // hyphen bullet
        || c == '\uFE58'
        || c == '\uFE63'
        || c == '\uFF0D'; // small and fullwidth forms
  }

  // NFC cluster by cluster, so each output char keeps a tight source range: a cluster starts at a
  // code point with a normalization boundary before it.
  private static MappedText nfc(MappedText in) {
    String s = in.text();
    if (NFC.isNormalized(s)) {
      return in;
    }
    MappedText out = new MappedText();
    int i = 0;
    while (i < s.length()) {
      int j = i + Character.charCount(s.codePointAt(i));
      while (j < s.length() && !NFC.hasBoundaryBefore(s.codePointAt(j))) {
        j += Character.charCount(s.codePointAt(j));
      }
      String cluster = s.substring(i, j);
      String composed = NFC.normalize(cluster);
      if (composed.equals(cluster)) {
        out.appendFrom(in, i, j);
      } else {
        for (int k = 0; k < composed.length(); k++) {
          out.append(composed.charAt(k), in.start(i), in.end(j - 1));
        }
      }
      i = j;
    }
    return out;
  }

  /** Lines after debris removal, space collapsing and trimming; null marks a blank line. */
  private static List<MappedText> cleanLines(MappedText text) {
    List<MappedText> lines = new ArrayList<>();
    int begin = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        MappedText line = collapseSpaces(stripEmphasis(stripDebris(text.slice(begin, i))));
        boolean blank = line.length() == 0 || PAGE_NUMBER.matcher(line.text()).matches();
        lines.add(blank ? null : line);
        begin = i + 1;
      }
    }
    return lines;
  }

  private static MappedText stripDebris(MappedText line) {
    boolean[] drop = new boolean[line.length()];
    Matcher m = DEBRIS.matcher(line.text());
    while (m.find()) {
      Arrays.fill(drop, m.start(), m.end(), true);
    }
    return without(line, drop);
  }

  private static MappedText stripEmphasis(MappedText line) {
    String s = line.text();
    boolean[] drop = new boolean[s.length()];
    Matcher strong = STRONG_MARKER.matcher(s);
    while (strong.find()) {
      boolean wordBefore = strong.start() > 0 && s.charAt(strong.start() - 1) != ' ';
      boolean wordAfter = strong.end() < s.length() && s.charAt(strong.end()) != ' ';
      if (wordBefore || wordAfter) {
        Arrays.fill(drop, strong.start(), strong.end(), true);
      }
    }
    MappedText once = without(line, drop);
    s = once.text();
    drop = new boolean[s.length()];
    Matcher italic = ITALIC.matcher(s);
    while (italic.find()) {
      drop[italic.start()] = true;
      drop[italic.end() - 1] = true;
    }
    return without(once, drop);
  }

  private static MappedText without(MappedText line, boolean[] drop) {
    MappedText out = new MappedText();
    for (int i = 0; i < line.length(); i++) {
      if (!drop[i]) {
        out.appendFrom(line, i);
      }
    }
    return out;
  }

  private static MappedText collapseSpaces(MappedText line) {
    MappedText out = new MappedText();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ') {
        out.appendFrom(line, i);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.appendFrom(line, i);
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    return end == out.length() ? out : out.slice(0, end);
  }
}
