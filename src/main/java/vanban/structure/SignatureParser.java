package vanban.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vanban.lexicon.Issuers;
import vanban.model.Signer;

/**
 * Reads the signature block at the end of a document: prefix lines ({@code T/M}, {@code TM.},
 * {@code KT.}, {@code TL.}, {@code TUQ.}), the title, seals and {@code (Đã ký)}, and the name.
 */
final class SignatureParser {

  /** The block found: the signer and the lines it spans ({@code first..last}, inclusive). */
  record Signature(Signer signer, int first, int last) {}

  /**
   * {@code T/M BAN THƯỜNG VỤ}, {@code TM. ỦY BAN NHÂN DÂN}, {@code KT. CHỦ TỊCH}, {@code TL. BỘ
   * TRƯỞNG}, {@code TUQ. CHỦ TỊCH}, {@code KT.CHỦ TỊCH}: signing for someone else. ({@code Q. GIÁM
   * ĐỐC}, acting director, is a title of its own.)
   */
  static final Pattern PREFIX =
      Pattern.compile("^(?:T/M|TM|KT|TL|TUQ)(?:\\s*[.:/]\\s*|\\s+)(?<principal>\\S.*)$");

  /** {@code (Đã ký)}, {@code (ký)}, {@code [Seal]}, {@code Đã ký}, {@code (Ký tên, đóng dấu)}. */
  private static final Pattern SEAL =
      Pattern.compile(
          "^(?:\\(.*\\)|\\[.*\\]|(?i:đã\\s+ký.*|ký\\s+tên.*|ký))$", Pattern.UNICODE_CASE);

  /** Distribution lines that a linearised layout may put after the signature. */
  private static final Pattern DISTRIBUTION =
      Pattern.compile("^(?:[-–•+]\\s*.*|Nơi nhận.*|NƠI NHẬN.*|Lưu\\b.*)$");

  /**
   * Words of titles and bodies, lower case with their accents (which tell {@code vụ} from the
   * surname {@code Vũ}, {@code phòng} from the name {@code Phong}): a line with one is no name.
   */
  private static final Set<String> NOT_IN_NAMES =
      Set.of(
          "bí", "thư", "chủ", "tịch", "trưởng", "giám", "đốc", "ủy", "uỷ", "ban", "vụ", "trực",
          "sở", "phòng", "tỉnh", "huyện", "đảng", "nơi", "nhận", "lưu", "thường", "phó", "tm", "kt",
          "tl", "tuq", "ký");

  private static final int SEARCH_LINES = 40;

  private SignatureParser() {}

  /** The signature block among {@code lines[from..]}, searched from the end; null when none. */
  static Signature parse(List<Line> lines, int from) {
    int stop = Math.max(from, lines.size() - SEARCH_LINES);
    int nameAt = -1;
    int i = lines.size() - 1;
    for (; i >= stop; i--) {
      String t = lines.get(i).text();
      if (isSkippable(t) || DISTRIBUTION.matcher(t).matches()) {
        continue;
      }
      if (looksLikeName(t)) {
        nameAt = i;
      }
      break;
    }
    int titleEnd = nameAt >= 0 ? nameAt - 1 : i;
    List<String> titleLines = new ArrayList<>();
    int first = -1;
    for (int k = titleEnd; k >= stop; k--) {
      String t = lines.get(k).text();
      if (isSkippable(t)) {
        continue;
      }
      if (!HeaderParser.isAllCaps(t) || looksLikeName(t) || t.startsWith("-")) {
        break;
      }
      titleLines.add(0, t);
      first = k;
    }
    if (titleLines.isEmpty()) {
      // A name with no title above it is as likely the last line of a list: no signature.
      return null;
    }
    String name = nameAt >= 0 ? personName(lines.get(nameAt).text()) : null;
    Issuers casing = Issuers.get();
    String onBehalfOf = null;
    List<String> own = new ArrayList<>();
    for (String t : titleLines) {
      Matcher p = PREFIX.matcher(t);
      if (p.matches()) {
        onBehalfOf = casing.sentenceCase(p.group("principal"));
        own.clear();
      } else {
        own.add(t);
      }
    }
    String title = own.isEmpty() ? null : casing.sentenceCase(String.join(" ", own));
    int last = nameAt >= 0 ? nameAt : titleEnd;
    return new Signature(new Signer(name, title, onBehalfOf), first, last);
  }

  private static boolean isSkippable(String t) {
    return SEAL.matcher(t).matches() || t.matches("\\d{1,3}|[*\\-_.]+");
  }

  /**
   * Whether {@code t} looks like a person's name: two to six capitalised words of letters ({@code
   * Trần Thế Dũng}, {@code NGUYỄN VĂN A}) and no word of a title or a body.
   */
  static boolean looksLikeName(String t) {
    String s = t.strip().replaceFirst("[.,;]+$", "");
    String[] words = s.split("\\s+");
    if (words.length < 2 || words.length > 6) {
      return false;
    }
    for (String w : words) {
      if (!w.matches("\\p{Lu}\\p{L}*")) {
        return false;
      }
      if (NOT_IN_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** The name as printed, or title-cased when printed in capitals. */
  private static String personName(String t) {
    String s = t.strip().replaceFirst("[.,;]+$", "");
    if (!HeaderParser.isAllCaps(s)) {
      return s;
    }
    List<String> out = new ArrayList<>();
    for (String w : s.split("\\s+")) {
      out.add(Issuers.capitalize(w.toLowerCase(Locale.ROOT)));
    }
    return String.join(" ", out);
  }
}
