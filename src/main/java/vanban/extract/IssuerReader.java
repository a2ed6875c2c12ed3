package vanban.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an issuer's name where it starts in a text ({@code của Ban Thường vụ Tỉnh ủy về …}) and
 * says where it ends, using the words of {@code issuer-words.tsv}: capitalised words and the
 * lower-case syllables of body names go on, any other word, punctuation, {@code khóa} or the type
 * word of another citation ends it.
 */
final class IssuerReader {
  private static final IssuerReader INSTANCE = new IssuerReader();

  /** Longest issuer read, in words; names of bodies are shorter. */
  private static final int MAX_WORDS = 14;

  private static final Pattern WORD = Pattern.compile("\\G\\s*([\\p{L}\\p{N}]+|\\S)");

  /** What may follow a joint issuer ({@code Bộ Chính trị, Ban Bí thư:}). */
  private static final Pattern AFTER_JOINT =
      Pattern.compile("\\s*(?::|về|“|\"|ngày|khóa|khoá)", Pattern.UNICODE_CASE);

  private final Set<String> body = new HashSet<>();
  private final Set<String> pairs = new HashSet<>();
  private final Set<String> heads = new HashSet<>();
  private final Pattern typeWordAhead;
  private final Pattern citationAhead;

  private IssuerReader() {
    for (String[] row : RelationCues.rows("/vanban/extract/issuer-words.tsv")) {
      String word = row[1].strip();
      switch (row[0].strip()) {
        case "body" -> body.add(word);
        case "pair" -> pairs.add(word);
        case "head" -> heads.add(word);
        default -> throw new IllegalStateException("issuer-words.tsv: unknown kind " + row[0]);
      }
    }
    typeWordAhead =
        Pattern.compile(
            "\\s*(?:" + CitationExtractor.TYPE_NAMES + ")(?![\\p{L}])", Pattern.UNICODE_CASE);
    citationAhead =
        Pattern.compile(
            "\\s*(?:" + CitationExtractor.TYPE_NAMES + ")\\s+(?:số|Số)", Pattern.UNICODE_CASE);
  }

  static IssuerReader get() {
    return INSTANCE;
  }

  /** The end of the issuer that starts at {@code pos}, or {@code pos} when none starts there. */
  int end(String t, int pos) {
    Matcher m = WORD.matcher(t);
    int cur = pos;
    int end = pos;
    int words = 0;
    while (words < MAX_WORDS && cur < t.length()) {
      m.region(cur, t.length());
      if (!m.lookingAt()) {
        break;
      }
      String w = m.group(1);
      boolean upper = isCapitalised(w);
      if (m.group().contains("\n") && words > 0 && !upper) {
        break;
      }
      if (Character.isLetter(w.codePointAt(0))) {
        if (words == 0 && !upper) {
          break;
        }
        if (!upper && !continuesLowerCase(t, w, m.end())) {
          break;
        }
        if (upper
            && words > 0
            && citationAhead.matcher(t).region(m.start(1), t.length()).lookingAt()) {
          break; // "… và Quyết định số …"
        }
        words++;
        end = m.end(1);
        cur = m.end();
      } else if (w.equals("-") && words > 0 && isCapitalised(nextWord(t, m.end()))) {
        cur = m.end(); // Bộ Lao động - Thương binh và Xã hội
      } else if (w.equals(",") && words > 0 && heads.contains(nextWord(t, m.end()))) {
        int segEnd = end(t, skipSpaces(t, m.end()));
        if (segEnd > m.end() && AFTER_JOINT.matcher(t).region(segEnd, t.length()).lookingAt()) {
          return segEnd;
        }
        break;
      } else {
        break;
      }
    }
    return end;
  }

  private boolean continuesLowerCase(String t, String w, int after) {
    String next = nextWord(t, after);
    if (w.equals("và")) {
      // Bộ Giáo dục và Đào tạo, but not "… và Thông báo kết luận số …" or "… và các văn bản"
      return isCapitalised(next) && !typeWordAhead.matcher(t).region(after, t.length()).lookingAt();
    }
    return body.contains(w) && !pairs.contains(w + " " + next.toLowerCase(Locale.ROOT));
  }

  private static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  private static int skipSpaces(String t, int pos) {
    while (pos < t.length() && Character.isWhitespace(t.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  private static String nextWord(String t, int pos) {
    Matcher m = WORD.matcher(t);
    m.region(pos, t.length());
    return m.lookingAt() ? m.group(1) : "";
  }
}
