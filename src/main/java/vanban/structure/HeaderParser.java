package vanban.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vanban.lexicon.DocumentTypes;
import vanban.lexicon.Issuers;
import vanban.lexicon.NumberSymbol;
import vanban.lexicon.VietnameseDates;
import vanban.normalize.VietnameseNormalizer;

/**
 * Reads the header of a document: the lines before the body, in whatever order the conversion left
 * the two header columns (DOMAIN.md §1).
 */
final class HeaderParser {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * What the header says, as written; {@link StructureParser} interprets it. {@code unreadSymbol}
   * is what follows {@code Số:} when no number-symbol could be read there ({@code 69đ /BCA-C04}).
   */
  record Header(
      int end,
      List<Line> issuerLines,
      String ofIssuer,
      String typeTitle,
      boolean symbolLine,
      NumberSymbol symbol,
      String unreadSymbol,
      String place,
      LocalDate date,
      String subject,
      boolean recipientsLine,
      List<String> recipients) {}

  /** {@code 2}: a page number alone on a line. */
  private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");

  /** {@code *}, {@code -----}, {@code ***}: rules under the issuer or the motto. */
  private static final Pattern SEPARATOR = Pattern.compile("[*\\-–—_=~.•]+");

  /** {@code CÔNG VĂN ĐẾN}, {@code ĐẾN Số: 1234}: the incoming-mail stamp of the receiving office. */
  private static final Pattern INCOMING_STAMP =
      Pattern.compile("^(?:CÔNG VĂN\\s+|VĂN BẢN\\s+)?ĐẾN\\b.{0,40}$");

  /** The stamp's own fields under it: {@code Số: 1234}, {@code Ngày: 05/10}, {@code Giờ: 8}. */
  private static final Pattern STAMP_FIELD =
      Pattern.compile("^(?:Số|Ngày|Giờ|Chuyển|Lưu hồ sơ số|Người nhận)\\b[^,]{0,30}$");

  /** Lines of preamble (portal titles, gazette heads, signing stamps) a header may follow. */
  private static final int PREAMBLE_LINES = 25;

  /** How far from the top a title may stand when the header table comes after it. */
  private static final int TITLE_BEFORE_HEADER = 3;

  /** Unknown lines (stamps, debris) a header may hold before its number and date are found. */
  private static final int TOLERATED_LINES = 3;

  /**
   * Where the header starts: the first line of the top that is part of one (an issuer, the motto,
   * a {@code Số:} line) with the motto or a {@code Số:} line close below. What comes before is a
   * portal's title, a gazette's running head, a signing stamp: not the document's.
   */
  static int headerStart(List<Line> lines) {
    int limit = Math.min(lines.size(), PREAMBLE_LINES);
    for (int k = 0; k < limit; k++) {
      String t = lines.get(k).text();
      if (INCOMING_STAMP.matcher(t).matches()) {
        while (k + 1 < limit && STAMP_FIELD.matcher(lines.get(k + 1).text()).matches()) {
          k++;
        }
        continue;
      }
      boolean headerish =
          hasMotto(t)
              || SYMBOL_LINE.matcher(t).matches()
              || (isAllCaps(t) && (Issuers.get().atStart(t).isPresent() || startsWithUnit(t)));
      if (!headerish) {
        continue;
      }
      for (int j = k; j < Math.min(lines.size(), k + 6); j++) {
        String u = lines.get(j).text();
        if (hasMotto(u) || SYMBOL_LINE.matcher(u).matches()) {
          // The issuer column may stand just above the motto, in words the lexicon lacks.
          int from = k;
          int caps = 0;
          while (from > 0 && caps < 2) {
            String above = lines.get(from - 1).text();
            if (SEPARATOR.matcher(above).matches()) {
              from--;
            } else if (isAllCaps(above) || namesBody(above)) {
              from--;
              caps++;
            } else {
              break;
            }
          }
          return from;
        }
      }
    }
    return 0;
  }

  /** {@code Bộ YTÉ}: a short line that, its OCR damage mended, starts with a known body. */
  private static boolean namesBody(String t) {
    return t.length() <= 60 && Issuers.get().atStart(Issuers.get().respell(t)).isPresent();
  }

  /** Whether the top of the text has a header at all: the motto or a {@code Số:} line. */
  static boolean hasHeader(List<Line> lines) {
    for (int k = 0; k < Math.min(lines.size(), PREAMBLE_LINES + 6); k++) {
      String t = lines.get(k).text();
      if (hasMotto(t) || SYMBOL_LINE.matcher(t).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean blankish(String t) {
    return t.isEmpty() || PAGE_NUMBER.matcher(t).matches() || SEPARATOR.matcher(t).matches();
  }

  /** Whether an unknown line is passed over: only before the number, date and title are read. */
  private static boolean tolerated(
      NumberSymbol symbol,
      String place,
      String typeTitle,
      String subject,
      int skipped,
      boolean started) {
    return started
        && skipped < TOLERATED_LINES
        && (symbol == null || place == null)
        && typeTitle == null;
  }

  /**
   * The motto (quốc hiệu, tiêu ngữ) of state and Party documents, matched on the text with its
   * diacritics stripped ({@link #mottoIn}), so that any case, tone style or OCR tone damage ({@code
   * CỌNG HÒA}) matches. OCR that lost a word still leaves the motto's tail or head: {@code CỘNG HÒA XÃ
   * HỘI CHỦ N ÉT NAM}, {@code NÓECHỦ NGHĨA VIỆT NAM}, {@code Tự do - Hạnh phúc}.
   */
  private static final Pattern MOTTO =
      Pattern.compile(
          """
          # CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, or its head with a damaged tail, or its tail
            cong\\s+hoa\\s+xa\\s+hoi\\s+chu\\b[^,;:]{0,16}?\\bnam\\b
          | (?:cong\\s+hoa\\s+xa\\s+hoi\\s+)?chu\\s+nghia\\s+viet\\s+nam\\b
          # Độc lập - Tự do - Hạnh phúc, or its tail
          | (?:doc\\s+lap\\s*[-–]\\s*)?tu\\s+do\\s*[-–]\\s*hanh\\s+phuc
          # ĐẢNG CỘNG SẢN VIỆT NAM
          | dang\\s+cong\\s+san\\s+viet\\s+nam
          """,
          Pattern.COMMENTS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The motto's matches in {@code text}, found on its diacritic-stripped form, which keeps every
   * index of normalized (NFC) text.
   */
  private static Matcher mottoIn(String text) {
    String folded = VietnameseNormalizer.stripDiacritics(text);
    return MOTTO.matcher(folded.length() == text.length() ? folded : text);
  }

  static boolean hasMotto(String text) {
    return mottoIn(text).find();
  }

  /**
   * {@code Số: 907/UBND-NV}, {@code Số 1567 -CV/TU}, {@code Số: /UBND-VP} (number left blank),
   * {@code SỐ: }40F /CT-TNCN} (OCR debris before the number: still the number's line).
   */
  private static final Pattern SYMBOL_LINE =
      Pattern.compile("^(?:Số|SỐ|số)\\s*[:.]?\\s*(?<rest>(?:[^\\p{L}\\s]{0,2}[\\d/].*)?)$");

  /** {@code #7 /KH-…}: OCR debris where the number starts, so the digits after it are not trusted. */
  private static final Pattern DAMAGED_NUMBER = Pattern.compile("[^\\p{L}\\d/\\s]");

  /**
   * {@code Thừa Thiên Huế, ngày 25 tháng 01 năm 2022}, {@code Hà Nội, ngày 05/9/2016}, {@code TP.
   * Hồ Chí Minh, ngày … tháng … năm 2024}: a place in capitalised words, then the date.
   */
  private static final Pattern PLACE_DATE =
      Pattern.compile(
          """
          (?<![\\p{L}\\p{N}/\\-])
          (?<place>(?:(?:TP|Tp)\\.?\\s*(?=\\p{Lu})|[Tt]hành\\s+phố\\s+)?        # TP., TP.Hồ
                   \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?                        # Hà
                   (?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){0,5})   # … Nội, Thiên Huế
          \\s*,\\s*ngày\\b
          (?<rest>\\s*[\\d.…_\\s]*(?:tháng\\s*[\\d.…_\\s]*năm\\b|/\\s*\\d{1,2}\\s*/\\s*\\d{4}).*)
          """,
          Pattern.COMMENTS | Pattern.UNICODE_CASE);

  /** {@code Kính gửi: - Các đảng đoàn, …}: the recipients, on this line or the next. */
  private static final Pattern RECIPIENTS_LINE =
      Pattern.compile("^(?:Kính|KÍNH)\\s+(?:gửi|GỬI)\\s*:?\\s*(?<rest>.*)$");

  /** {@code V/v …}, {@code Về …}, {@code về …}: the subject (trích yếu), case kept. */
  private static final Pattern SUBJECT_START =
      Pattern.compile("^(?:[Vv][/il1][VvWw]|Về|về|VỀ)(?:[\\s:]|$).*");

  /** {@code KHẨN}, {@code HỎA TỐC}, {@code MẬT}, {@code DỰ THẢO}: marks beside the header. */
  private static final Pattern MARK =
      Pattern.compile(
          "^(?:THƯỢNG KHẨN|KHẨN|HỎA TỐC|HOẢ TỐC|HỎA TỐC HẸN GIỜ|MẬT|TỐI MẬT|TUYỆT MẬT|DỰ THẢO|BẢN"
              + " SAO)$");

  /** {@code Hà Nội, ngày}: a place-date line whose date is on the next line. */
  private static final Pattern DATE_FOLLOWS = Pattern.compile("^.{2,60},\\s*ngày$");

  /** {@code CHỈ THỊ CỦA BAN THƯỜNG VỤ TỈNH ỦY}: a title and its issuer on one line. */
  private static final Pattern TITLE_OF =
      Pattern.compile("^(?<type>\\p{Lu}+(?:\\s\\p{Lu}+){0,3}?)\\s+CỦA\\s+(?<body>.+)$");

  /** {@code CỦA BAN THƯỜNG VỤ TỈNH ỦY}: the body a titled document names itself by. */
  private static final Pattern OF_ISSUER = Pattern.compile("^CỦA\\s+(?<body>.+)$");

  /** A list item: {@code - …}, {@code + …}, {@code • …}. */
  private static final Pattern ITEM = Pattern.compile("^[-–•+]\\s*(?<text>.*)$");

  /** Words that leave a subject line unfinished: the next line continues it. */
  private static final Pattern OPEN_END =
      Pattern.compile(
          "(?:,|\\b(?:và|của|về|trong|cho|với|các|những|đối với|tại|để|trên|theo|nhằm|giữa))$",
          Pattern.UNICODE_CASE);

  /** Lines that may start a body without being a subject: {@code Căn cứ …}, numbered items. */
  private static final Pattern NOT_A_SUBJECT =
      Pattern.compile("^(?:Căn cứ|Thực hiện ý kiến|Kính gửi|\\d+[.)]|[IVX]+\\.|[-–•+]\\s).*");

  private HeaderParser() {}

  static Header parse(List<Line> lines) {
    List<Line> issuerLines = new ArrayList<>();
    String ofIssuer = null;
    String typeTitle = null;
    boolean symbolLine = false;
    String unreadSymbol = null;
    NumberSymbol symbol = null;
    String place = null;
    LocalDate date = null;
    String subject = null;
    boolean recipientsLine = false;
    List<String> recipients = new ArrayList<>();

    int start = headerStart(lines);
    int i = start;
    boolean header = hasHeader(lines);
    int skipped = 0;
    // Lines passed over as unknown: if nothing of the header follows them, they are the body's.
    java.util.Set<Integer> passedOver = new java.util.HashSet<>();
    scan:
    for (; i < lines.size(); i++) {
      String t = withoutMotto(lines.get(i).text());
      int joined = 0;
      if (DATE_FOLLOWS.matcher(t).matches() && i + 1 < lines.size()) {
        // "Hà Nội, ngày" / "15/4/2025": a date split over lines.
        String both = t + " " + lines.get(i + 1).text();
        if (PLACE_DATE.matcher(both).find()) {
          t = both;
          joined = 1;
        }
      }
      if (t.isEmpty()
          || PAGE_NUMBER.matcher(t).matches()
          || SEPARATOR.matcher(t).matches()
          || MARK.matcher(t).matches()) {
        continue;
      }
      if (INCOMING_STAMP.matcher(t).matches()) {
        // The receiving office's stamp: its Số and Ngày are not the document's.
        while (i + 1 < lines.size() && STAMP_FIELD.matcher(lines.get(i + 1).text()).matches()) {
          i++;
        }
        continue;
      }
      Matcher symbolM = SYMBOL_LINE.matcher(t);
      Matcher placeDate = t.length() <= 160 ? PLACE_DATE.matcher(t) : null;
      boolean hasPlaceDate = placeDate != null && placeDate.find();
      if (symbolM.matches() || hasPlaceDate) {
        // One line may hold both columns: "Số: 907/UBND-NV   Thừa Thiên Huế, ngày …".
        String before = hasPlaceDate ? t.substring(0, placeDate.start()).strip() : t;
        Matcher s = SYMBOL_LINE.matcher(before);
        if (s.matches()) {
          symbolLine = true;
          if (symbol == null && !DAMAGED_NUMBER.matcher(s.group("rest")).lookingAt()) {
            symbol = firstSymbol(s.group("rest"));
          }
          if (symbol == null && s.group("rest").isBlank() && i + 1 < lines.size()) {
            // "Số:" / "299/TTg Hà Nội, ngày …": the number on the next line.
            NumberSymbol next = firstSymbol(lines.get(i + 1).text());
            if (next != null) {
              symbol = next;
              i++;
              t = lines.get(i).text();
              placeDate = t.length() <= 160 ? PLACE_DATE.matcher(t) : null;
              hasPlaceDate = placeDate != null && placeDate.find();
            }
          }
          if (symbol == null && unreadSymbol == null && !s.group("rest").isBlank()) {
            unreadSymbol = s.group("rest").strip();
          }
        } else if (!before.isEmpty() && !hasPlaceDate) {
          break;
        }
        skipped = 0;
        if (hasPlaceDate) {
          i += joined;
        }
        if (hasPlaceDate && place == null) {
          place = placeDate.group("place").strip();
          date =
              VietnameseDates.find(placeDate.group("rest")).stream()
                  .findFirst()
                  .map(VietnameseDates.Match::date)
                  .orElse(null);
        }
        continue;
      }
      Matcher recipientsM = RECIPIENTS_LINE.matcher(t);
      if (recipientsM.matches()) {
        recipientsLine = true;
        List<String> raw = new ArrayList<>();
        String rest = recipientsM.group("rest").strip();
        if (!rest.isEmpty()) {
          raw.add(rest);
        }
        int j = i + 1;
        for (; j < lines.size(); j++) {
          String next = lines.get(j).text();
          String last = raw.isEmpty() ? "" : raw.get(raw.size() - 1);
          if (last.endsWith(".")) {
            break;
          }
          if (ITEM.matcher(next).matches()) {
            raw.add(next);
          } else if (!raw.isEmpty() && startsLower(next) && !last.endsWith(";")) {
            raw.set(raw.size() - 1, last + " " + next);
          } else {
            break;
          }
        }
        recipients.addAll(splitRecipients(raw));
        i = j - 1;
        continue;
      }
      if (subject == null && SUBJECT_START.matcher(t).matches()) {
        int j = subjectEnd(lines, i);
        subject = join(lines, i, j);
        i = j - 1;
        continue;
      }
      if (isAllCaps(t)) {
        if (t.endsWith(":") && DocumentTypes.get().byName(t.substring(0, t.length() - 1)).isPresent()) {
          break; // QUYẾT ĐỊNH: the enacting words open the body
        }
        Optional<DocumentTypes.DocumentType> type = DocumentTypes.get().byName(t);
        if (type.isPresent() && typeTitle == null) {
          typeTitle = t;
          continue;
        }
        Matcher titleOf = TITLE_OF.matcher(t);
        if (typeTitle == null
            && titleOf.matches()
            && DocumentTypes.get().byName(titleOf.group("type")).isPresent()) {
          // CHỈ THỊ CỦA BAN THƯỜNG VỤ TỈNH ỦY: title and issuer on one line.
          typeTitle = titleOf.group("type");
          ofIssuer = ofIssuer == null ? titleOf.group("body") : ofIssuer;
          continue;
        }
        Matcher of = OF_ISSUER.matcher(t);
        if (of.matches() && ofIssuer == null) {
          ofIssuer = of.group("body");
          continue;
        }
        boolean issuerPlace = subject == null && typeTitle == null && ofIssuer == null;
        boolean plausible =
            !issuerLines.isEmpty()
                || i < 3
                || Issuers.get().atStart(t).isPresent()
                || startsWithUnit(t);
        if (issuerPlace && plausible) {
          // The motto run into the column (ỦY BAN NHÂN DÂN CỘNG HÓA XÃ HỘI …) is left out.
          issuerLines.add(lines.get(i).withText(t));
          skipped = 0; // the budget is for unknown lines in a row
          continue;
        }
        if (tolerated(symbol, place, typeTitle, subject, skipped, header || !issuerLines.isEmpty() || symbolLine)) {
          skipped++;
          passedOver.add(i);
          continue;
        }
        break scan;
      }
      if (i == start && header && namesBody(t)) {
        // Bộ YTÉ: OCR mixed the case of the issuer column's first line; the body it names says it.
        issuerLines.add(lines.get(i).withText(t));
        continue;
      }
      if (typeTitle != null && subject == null && untitledSubject(t)) {
        // KẾ HOẠCH / Triển khai thực hiện …: a titled document's subject need not start with Về.
        int j = subjectEnd(lines, i);
        subject = join(lines, i, j);
        i = j - 1;
        continue;
      }
      if (tolerated(symbol, place, typeTitle, subject, skipped, header || !issuerLines.isEmpty() || symbolLine)) {
        skipped++;
        passedOver.add(i);
        continue;
      }
      break;
    }
    if (typeTitle == null && start > 0) {
      // A PDF may draw the header table after the title and the preamble: QUYẾT ĐỊNH / Về việc …
      // / Căn cứ … / ỦY BAN NHÂN DÂN … The title and its subject then open the text.
      for (int k = 0; k < Math.min(start, TITLE_BEFORE_HEADER); k++) {
        String t = lines.get(k).text();
        if (isAllCaps(t) && DocumentTypes.get().byName(t).isPresent()) {
          typeTitle = t;
          if (subject == null && k + 1 < start && untitledSubject(lines.get(k + 1).text())) {
            subject = join(lines, k + 1, Math.min(subjectEnd(lines, k + 1), start));
          }
          break;
        }
      }
    }
    int end = Math.min(i, lines.size());
    int firstPassed = passedOver.stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
    while (end > firstPassed
        && (passedOver.contains(end - 1) || blankish(lines.get(end - 1).text()))) {
      end--;
    }
    i = end;
    return new Header(
        i,
        issuerLines,
        ofIssuer,
        typeTitle,
        symbolLine,
        symbol,
        symbol == null ? unreadSymbol : null,
        place,
        date,
        subject,
        recipientsLine,
        recipients);
  }

  /** The motto removed; what remains may be another header column on the same line. */
  static String withoutMotto(String text) {
    Matcher m = mottoIn(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start()).append(' ');
      last = m.end();
    }
    out.append(text, last, text.length());
    return SPACES.matcher(out).replaceAll(" ").strip();
  }

  static boolean isAllCaps(String t) {
    int upper = 0;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 2;
  }

  private static boolean startsLower(String t) {
    return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
  }

  private static boolean startsWithUnit(String t) {
    return t.matches("^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẢNG BỘ)\\b.*");
  }

  private static NumberSymbol firstSymbol(String rest) {
    List<NumberSymbol.Match> found = NumberSymbol.find(rest);
    if (!found.isEmpty() && found.get(0).start() <= 1) {
      return found.get(0).symbol();
    }
    return null;
  }

  /** Index after the last line of a subject starting at {@code start}: its hard wraps. */
  private static int subjectEnd(List<Line> lines, int start) {
    int j = start + 1;
    while (j < lines.size()) {
      String prev = lines.get(j - 1).text();
      String next = lines.get(j).text();
      if (!continuesSubject(prev, next)) {
        break;
      }
      j++;
    }
    return j;
  }

  private static boolean continuesSubject(String prev, String next) {
    if (next.length() > 200 || prev.matches(".*[.;:!?]$")) {
      return false;
    }
    String t = withoutMotto(next);
    if (!t.equals(next)
        || t.isEmpty()
        || isAllCaps(t)
        || SEPARATOR.matcher(t).matches()
        || PAGE_NUMBER.matcher(t).matches()
        || SYMBOL_LINE.matcher(t).matches()
        || RECIPIENTS_LINE.matcher(t).matches()
        || PLACE_DATE.matcher(t).find()
        || ITEM.matcher(t).matches()) {
      return false;
    }
    // A subject set under the number in the left column wraps in short lines, capitalised or not.
    boolean shortWrap = t.length() <= 70 && prev.length() <= 70 && !NOT_A_SUBJECT.matcher(t).matches();
    return startsLower(t) || shortWrap || OPEN_END.matcher(prev.toLowerCase(Locale.ROOT)).find();
  }

  private static boolean untitledSubject(String t) {
    return t.length() <= 200 && !t.matches(".*[.;:]$") && !NOT_A_SUBJECT.matcher(t).matches();
  }

  private static String join(List<Line> lines, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      sb.append(k == from ? "" : " ").append(lines.get(k).text());
    }
    return sb.toString().replaceAll("\\s+", " ").strip();
  }

  /**
   * The recipients in {@code items} (lines of a {@code Kính gửi} list): split on bullets, on {@code
   * ;}, and on {@code - } after a comma; bullets and trailing {@code , ; .} removed.
   */
  static List<String> splitRecipients(List<String> items) {
    List<String> out = new ArrayList<>();
    for (String item : items) {
      for (String part : item.split(";|(?<=[,;])\\s*[-–•+]\\s+|^\\s*[-–•+]\\s*")) {
        String r = part.strip().replaceFirst("^[-–•+]\\s*", "").replaceFirst("[,;.\\s]+$", "");
        if (!r.isEmpty()) {
          out.add(r);
        }
      }
    }
    return out;
  }
}
