package vanban.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vanban.lexicon.DocumentTypes;
import vanban.lexicon.Issuers;
import vanban.lexicon.Provinces;
import vanban.lexicon.Surnames;
import vanban.model.Signer;
import vanban.normalize.VietnameseNormalizer;

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
      Pattern.compile("^(?:[-–•+~]\\s*.*|Nơi nhận.*|NƠI NHẬN.*|Lưu\\s*:.*|Lưu\\s+(?:VT|HS|hồ sơ)\\b.*|Lưu\\.?)$");

  /** {@code Trung ương,}: a distribution item wrapped onto a line of its own. */
  private static final Pattern DISTRIBUTION_WRAP = Pattern.compile("^(?!.*\\p{Lu}{2}).{1,60}[,;]$");

  /**
   * Words of titles and bodies, lower case with their accents (which tell {@code vụ} from the
   * surname {@code Vũ}, {@code phòng} from the name {@code Phong}): a line with one is no name.
   */
  private static final Set<String> NOT_IN_NAMES =
      Set.of(
          "bí", "thư", "chủ", "tịch", "trưởng", "giám", "đốc", "ủy", "uỷ", "ban", "vụ", "trực",
          "sở", "phòng", "tỉnh", "huyện", "đảng", "nơi", "nhận", "thường", "phó", "tm", "kt",
          "tl", "tuq", "ký", "và", "của", "các", "người", "thuế", "trợ", "tướng", "thủ", "bộ",
          "cục", "tổng", "phủ");

    private SignatureParser() {}

  /**
   * {@code CHỦ TỊCH}, {@code PHÓ GIÁM ĐỐC}, {@code BỘ TRƯỞNG, CHỦ NHIỆM}: a signing title alone on a
   * line (the titles of {@code titles.tsv} and their deputies).
   */
  private static final Pattern TITLE_LINE =
      Pattern.compile(
          "^(?:PHO\\s+|Q\\.\\s*)?(?:TONG BI THU|BI THU|CHU TICH|THU TUONG|BO TRUONG|THU TRUONG|GIAM DOC"
              + "|CHANH VAN PHONG|TRUONG BAN|CHU NHIEM|VIEN TRUONG|CHANH AN|CHANH THANH TRA|VU TRUONG"
              + "|CUC TRUONG|TONG CUC TRUONG|TONG GIAM DOC|TRUONG PHONG|CHI CUC TRUONG|TO TRUONG"
              + "|TRUONG TIEU BAN|THONG DOC|PHO THONG DOC|GIAM DOC CONG AN|TRUONG DOAN)\\b.*$");

  /** {@code K/T}, {@code T/L}: the slash spellings of {@code KT.}, {@code TL.}. */
  private static final Pattern SLASH_PREFIX = Pattern.compile("^(K|T|Q)/(T|L|M)\\s*");

  /** Debris a signing platform leaves after a name: timestamps, e-mail addresses. */
  private static final Pattern NAME_TAIL =
      Pattern.compile("\\s+(?:\\d{4}-\\d{2}-\\d{2}T\\S*|<\\S+@\\S+>|\\S+@\\S+|https?://\\S+).*$");

  /**
   * A rank before a name: {@code Thượng tướng Nguyễn Văn Long}, {@code Đại tá …} (police and army
   * signers); OCR may lose its marks or glue it with a colon.
   */
  private static final Pattern RANK =
      Pattern.compile(
          "^(?:Đại|Thượng|Thường|Trung|Thiếu|Dai|Thuong|Trung|Thieu)[\\s:.]*(?:tướng|tá|úy|uý|tuong|ta)\\s+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** OCR debris of a seal or a hand signature: characters no title or name holds. */
  private static final Pattern OCR_NOISE = Pattern.compile("[`~^|{}<>\\[\\]\\d_]|^.{1,3}$");

  private static final int MAX_NOISE = 2;

  /** How far below a title its name may stand, past seals and a beside-set distribution list. */
  private static final int NAME_WINDOW = 6;

  /** How many distribution lines may stand between a title and its name. */
  private static final int DISTRIBUTION_LINES = 40;

  /**
   * The signature block among {@code lines[from..]}; null when none. Searched forward: the first
   * block whose titles ({@code KT. CHỦ TỊCH} / {@code PHÓ CHỦ TỊCH}) are followed by a name, past
   * seals, {@code (Đã ký)} and a distribution list set beside it; a signature may stand mid-file,
   * before an appendix or footnotes. Without any name, the last title block.
   */
  static Signature parse(List<Line> lines, int from) {
    Signature titleOnly = null;
    Signature firstNamed = null;
    Signature prefixed = null;
    for (int k = Math.max(0, from); k < lines.size(); k++) {
      String t = prefixNormalized(lines.get(k).text());
      boolean prefix = PREFIX.matcher(t).matches();
      if (!prefix && !isTitleLine(t)) {
        continue;
      }
      Signature s = block(lines, k);
      if (s == null) {
        continue;
      }
      k = s.last();
      if (s.signer().name() == null) {
        titleOnly = s;
        continue;
      }
      if (firstNamed == null) {
        firstNamed = s;
      }
      if (prefix && prefixed == null) {
        prefixed = s;
      }
    }
    if (prefixed != null) {
      return prefixed;
    }
    return firstNamed != null ? firstNamed : titleOnly;
  }

  private static boolean isTitleLine(String t) {
    // Matched without tone marks: OCR loses them ("KT. TONG CỤC TRUONG").
    return HeaderParser.isAllCaps(t)
        && t.length() <= 80
        && TITLE_LINE.matcher(VietnameseNormalizer.stripDiacritics(t)).matches();
  }

  private static String prefixNormalized(String t) {
    return SLASH_PREFIX.matcher(t).replaceFirst("$1$2. ");
  }

  /** The block starting at title line {@code at}: its titles, then the name below them. */
  private static Signature block(List<Line> lines, int at) {
    List<String> titleLines = new ArrayList<>();
    String name = null;
    int last = at;
    // The window counts the block's own lines; a distribution list set beside it may be long.
    int ownLines = 0;
    int noise = 0;
    int end = Math.min(lines.size(), at + NAME_WINDOW + DISTRIBUTION_LINES);
    for (int k = at; k < end && ownLines < NAME_WINDOW; k++) {
      String t = prefixNormalized(lines.get(k).text());
      if (isSkippable(t) || DISTRIBUTION.matcher(t).matches() || DISTRIBUTION_WRAP.matcher(t).matches()) {
        continue;
      }
      ownLines++;
      String candidate =
          mendSurname(RANK.matcher(NAME_TAIL.matcher(t).replaceFirst("")).replaceFirst(""));
      if (!titleLines.isEmpty() && looksLikeName(candidate)) {
        name = personName(candidate);
        last = k;
        break;
      }
      if (HeaderParser.isAllCaps(t) && !t.startsWith("-") && t.length() <= 80) {
        titleLines.add(t);
        last = k;
        continue;
      }
      // A title with its name on the same line: "BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng".
      Matcher glued = GLUED_NAME.matcher(candidate);
      if (glued.matches() && looksLikeName(glued.group("name"))) {
        titleLines.add(glued.group("title"));
        name = personName(glued.group("name"));
        last = k;
        break;
      }
      if (!titleLines.isEmpty() && noise < MAX_NOISE && OCR_NOISE.matcher(t).find()) {
        noise++; // a seal or a handwritten signature read by OCR: "Nà hạ F2 4 y~ The"
        continue;
      }
      break;
    }
    if (titleLines.isEmpty()) {
      return null;
    }
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
    return new Signature(new Signer(name, title, onBehalfOf), at, last);
  }

  /** {@code BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng}: capitals, then a name in title case. */
  private static final Pattern GLUED_NAME =
      Pattern.compile("^(?<title>[\\p{Lu}\\s,.]+?)\\s+(?<name>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,5})$");

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
    if (Provinces.get().lookup(s).isPresent() || DocumentTypes.key(s).equals("viet nam")) {
      return false; // a place a signing stamp prints: Việt Nam, Đồng Tháp
    }
    if (TITLE_LINE.matcher(VietnameseNormalizer.stripDiacritics(s.toUpperCase(Locale.ROOT))).matches()) {
      return false; // a title OCR changed into words of names: THỨ TRƯỜNG for THỨ TRƯỞNG
    }
    boolean caps = HeaderParser.isAllCaps(s);
    for (String w : words) {
      // Title case throughout, or capitals throughout: "Lưu VT" mixes them and is no name.
      if (!(caps ? w.matches("\\p{Lu}+") : w.matches("\\p{Lu}\\p{Ll}+"))) {
        return false;
      }
      if (NOT_IN_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code t} with its first word mended to the family name whose marks OCR lost ({@code Nguyên
   * Văn Long}, {@code Dang! Ngọc Minh}), debris after that word dropped; otherwise unchanged.
   */
  static String mendSurname(String t) {
    String s = t.strip();
    int space = s.indexOf(' ');
    if (space <= 0) {
      return t;
    }
    String first = s.substring(0, space).replaceFirst("[^\\p{L}]+$", "");
    String mended = Surnames.get().mend(first);
    if (!Surnames.get().isName(mended)) {
      return t;
    }
    if (HeaderParser.isAllCaps(s)) {
      mended = mended.toUpperCase(Locale.ROOT);
    }
    return mended + s.substring(space);
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
