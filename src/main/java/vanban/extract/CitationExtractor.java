package vanban.extract;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vanban.lexicon.DocumentTypes;
import vanban.lexicon.IssuerCodes;
import vanban.lexicon.NumberSymbol;
import vanban.lexicon.VietnameseDates;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;
import vanban.model.Span;

/**
 * Finds the instruments a document cites (DOMAIN.md §3), one {@link Citation} per mention, in text
 * order; the document's own number and its self-references ({@code Chỉ thị này}) are not citations.
 *
 * <p>Steps, each a method below: numbered mentions around every number-symbol (type word before,
 * date, {@code của} issuer, {@code khóa}, title after); unnumbered instruments ({@code Luật Viên
 * chức}, {@code Nghị quyết Trung ương 4 khóa XI}); titles and the relations their wording states
 * between neighbouring mentions; list heads that give type and issuer to the items under them
 * ({@code các chỉ thị, kết luận của Bộ Chính trị, Ban Bí thư: Số 42-CT/TW …; số 53-CT/TW …});
 * anaphora (a bare {@code Kết luận} after a cited Kết luận); and last the identity fields: scope,
 * an issuer implied by the symbol or the sentence, and fields another mention of the same
 * instrument in this document gives.
 *
 * <p>Anaphora rule (derived from the seeds, see the class tests): a capitalised type word standing
 * alone — not plural ({@code các Chỉ thị}), not at the start of a sentence or list item, not
 * followed by {@code này}, {@code số} or a name — refers to the latest instrument of that type
 * cited in the same paragraph or the previous sentence ({@code Kết luận nêu trên}: anywhere
 * before). When the word is the citing document's own type, it refers to the document itself (and
 * is no citation) unless such an instrument was cited in the same or the previous sentence: 002, a
 * Chỉ thị, says {@code quán triệt Chỉ thị đến cán bộ} far from any cited Chỉ thị, while 000, a Công
 * văn, says {@code thực hiện nghiêm túc Kết luận} right after citing Kết luận 29-KL/TU.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CitationExtractor {

  /** A mention under construction; private and short-lived, the output is immutable records. */
  private static final class Draft {
    int start;
    int end; // end of the mention proper: type word … symbol, date, issuer, khóa
    String typeWord; // the type word as written before the symbol, null when none
    NumberSymbol symbol;
    int symbolEnd; // end of the symbol as written
    String number; // the bare number of a partial mention (Chỉ thị 05), else null
    boolean local; // an unnumbered instrument of the citing document's province
    String name;
    String type;
    String typeCode;
    LocalDate date;
    String issuer;
    String province; // a province named in the mention
    String title;
    int titleEnd;
    String relation;
    Draft relationTarget;
    Draft antecedent;
    boolean anaphoric;
    boolean listItem;

    String identity() {
      if (symbol != null) {
        return symbol.key() + "|" + (province == null ? "" : province);
      }
      return name == null ? null : key(name);
    }
  }

  private static final DocumentTypes TYPES = DocumentTypes.get();
  private static final IssuerCodes ISSUERS = IssuerCodes.get();

  /** Every type name, longest first, as a regex alternation with flexible spaces. */
  static final String TYPE_NAMES =
      TYPES.allNames().stream()
          .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
          .collect(Collectors.joining("|"));

  /**
   * The head before a number-symbol, anchored at the symbol: {@code Chỉ thị số }, {@code Quy chế
   * làm việc số }, {@code Chỉ thị }, {@code Số }, {@code số: }.
   */
  private static final Pattern HEAD =
      Pattern.compile(
          "(?:(?<![\\p{L}])(?<type>"
              + TYPE_NAMES
              + ")\\s*(?:(?:số|Số|SỐ)\\s*:?\\s*)?"
              + "|(?<![\\p{L}])(?<so>số|Số|SỐ)\\s*:?\\s*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** How many lines from the top may hold the header's own number with other header fields. */
  private static final int HEADER_LINES = 15;

  private static int lineIndex(String t, int pos) {
    int n = 0;
    for (int i = 0; i < pos; i++) {
      if (t.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** The document's own number alone on its header line: {@code Số: 907/UBND-NV}. */
  private static final Pattern OWN_NUMBER_LINE =
      Pattern.compile("^[\\s*]*(?:Số|SỐ)\\s*:?\\s*$|^\\s*$");

  /**
   * The header's {@code Số:} as a scan's OCR leaves it before the number: a letter or sign glued on
   * or set apart ({@code sốl 0688/BYT-MT}, {@code Số:J‡92 /TB-UBND}, {@code SỐ: }40F /CT-TNCN}),
   * anywhere on a header line that the flattened layout may open with the motto.
   */
  private static final Pattern OWN_NUMBER_OCR =
      Pattern.compile("(?<![\\p{L}])(?:Số|SỐ|số)[^\\s\\d]{0,3}(?:\\s+[^\\s\\d\\p{Ll}]{1,3})?\\s*$");

  /**
   * What follows the header's own number on its line: the place-date ({@code Hà Nội, ngày …}); a
   * cited date follows its symbol without a place. When the line opens with the number, nothing
   * but punctuation may follow instead.
   */
  private static final Pattern OWN_NUMBER_PLACE_DATE =
      Pattern.compile("^\\s*\\p{Lu}[\\p{L} .]{1,30},\\s*ngày");

  private static final Pattern PUNCTUATION_ONLY = Pattern.compile("^[\\s\\p{P}\\p{S}]*$");

  /** Whether a symbol with this line head and rest is the header's own number as OCR left it. */
  private static boolean ownNumberOcr(String lineHead, String restOfLine) {
    Matcher so = OWN_NUMBER_OCR.matcher(lineHead);
    if (!so.find()) {
      return false;
    }
    return OWN_NUMBER_PLACE_DATE.matcher(restOfLine).find()
        || lineHead.substring(0, so.start()).isBlank()
            && PUNCTUATION_ONLY.matcher(restOfLine).matches();
  }

  /**
   * A line of bare numbers and nothing else ({@code Số 127-QĐ/TW; Số 24-BS/UBKTTU}): the specimen
   * column of a guide to writing symbols (devset/RULES.md D7), not instruments cited.
   */
  private static final Pattern SPECIMEN_LINE =
      Pattern.compile(
          "^[\\s*]*(?:Số|SỐ)\\s*:?\\s*[^\\s;,]+(?:\\s*[;,]\\s*(?:Số|SỐ)\\s*:?\\s*[^\\s;,]+)+"
              + "\\s*[;,.]?\\s*$");

  /**
   * {@code (Kèm theo Công văn số: 5689/BCA-C04 ngày …)}: an appendix heading naming the document
   * that carries it (devset/RULES.md D7); {@code sô} is a scan's {@code số}.
   */
  private static final Pattern APPENDIX_OF =
      Pattern.compile(
          "\\(\\s*(?:[Bb]an\\s+hành\\s+)?(?:[Kk]èm|KÈM)\\s+(?:theo|THEO)\\s+(?<type>"
              + TYPE_NAMES
              + ")\\s+(?:số|sô|Số|SỐ)\\s*:?\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** {@code khóa XII}, {@code (khóa XII)}, {@code khóa XX, nhiệm kỳ 2020 – 2025}. */
  private static final Pattern KHOA =
      Pattern.compile(
          """
          \\G[\\s,]*\\(?\\s*kh(?:óa|oá)\\s+[IVXLC]+\\b(?:\\s*\\))?     # khóa XII
          (?:[\\s,]*nhiệm\\s+kỳ\\s+\\d{4}\\s*[-–—]\\s*\\d{4})?   # , nhiệm kỳ 2020 – 2025
          """,
          Pattern.COMMENTS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Before a cited date: {@code ngày}, {@code đề ngày} or {@code ghi ngày} of a letter, {@code ngày
   * ký}; or a scan's OCR of {@code ngày} ({@code ngảy}, {@code P.}) right before a full date.
   */
  private static final Pattern DATE_LEAD =
      Pattern.compile(
          "\\G[\\s,]*(?:(?:(?:đề|ghi)\\s+)?(?:ngày|Ngày)|(?:ng\\p{L}{1,3}|\\p{Lu}\\.)(?=\\s*\\d{1,2}/\\d{1,2}/\\d{4}))?"
              + "\\s*(?:ký\\s*)?(?=\\d)",
          Pattern.UNICODE_CASE);

  private static final Pattern OF = Pattern.compile("\\G[\\s,]*(?:của|Của)\\s+");

  /** What opens a title: {@code về}, {@code V/v}, a quote, or {@code ban hành} of a decision. */
  private static final Pattern TITLE_LEAD =
      Pattern.compile(
          "\\G[\\s,]*(?:(?<ve>(?:[vV]ề|V/v|v/v)\\s)|(?<quote>[“\"«])"
              + "|(?<promulgate>(?:ban\\s+hành|phê\\s+duyệt|quy\\s+định\\s+chi\\s+tiết)\\s))");

  /**
   * Where a sentence's predicate follows a cited title ({@code Thực hiện Chỉ thị số 05-CT/TW … về
   * đẩy mạnh học tập … chưa thực sự hiệu quả}): the title ends before it.
   */
  private static final Pattern TITLE_PREDICATE =
      Pattern.compile(
          "\\s(?:chưa\\s+(?:thực\\s+sự|được|có|đạt|cao|tốt|nghiêm)|vẫn\\s+còn|đã\\s+đạt|đạt\\s+được"
              + "|góp\\s+phần|đã\\s+được|được\\s+triển\\s+khai)(?=\\s|$)");

  private static final Pattern PROVINCE_IN_ISSUER =
      Pattern.compile(
          "(?:tỉnh|thành\\s+phố|Thành\\s+phố|TP\\.?|Tỉnh\\s+[uủ]y|Thành\\s+[uủ]y|Tỉnh\\s+uỷ|Thành\\s+uỷ)"
              + "\\s+(\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,3})");

  /** {@code Ngày 22/7/2021, Ban Thường vụ Tỉnh ủy ban hành }: date and subject before the type. */
  private static final Pattern SUBJECT_BEFORE =
      Pattern.compile(
          """
          (?:^|[.;:]\\s+|\\n)\\s*
          (?:[Nn]gày\\s+                                       # Ngày 22/7/2021,
            (?<date>[\\d/.\\-]+|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})
            \\s*,\\s*)?
          (?<subject>\\p{Lu}[^,.;:\\n\\d]{2,90}?)                # Ban Thường vụ Tỉnh ủy
          \\s+(?:đã\\s+|vừa\\s+)?ban\\s+hành\\s+$              # ban hành
          """,
          Pattern.COMMENTS);

  /** A list head: {@code các chỉ thị, kết luận của Bộ Chính trị, Ban Bí thư:}. */
  private static final Pattern LIST_HEAD =
      Pattern.compile(
          "(?:các|những|Các|Những)\\s+(?<types>(?:"
              + TYPE_NAMES
              + ")(?:\\s*(?:,|và|hoặc)\\s*(?:"
              + TYPE_NAMES
              + "))*)(?:\\s+(?:đã\\s+ban\\s+hành\\s+)?(?:của|Của)\\s+(?<issuer>[^:;.]{2,120}?))?"
              + "\\s*(?:,?\\s*(?:gồm|như|cụ\\s+thể|trọng\\s+tâm\\s+là)\\s*)?:\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Capitalised type words that may stand alone for an instrument cited before. */
  private static final Pattern BARE_TYPE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?<type>"
              + TYPES.allNames().stream()
                  .filter(n -> !n.equals("Luật"))
                  .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
                  .collect(Collectors.joining("|"))
              + ")(?![\\p{L}\\p{N}])");

  private static final Pattern PLURAL_BEFORE =
      Pattern.compile("(?:các|những|mỗi|Các|Những|Mỗi|một|Một|nhiều|Nhiều|từng)\\s+$");

  /**
   * Types whose capitalised name alone refers to an instrument; the others ({@code Báo cáo}, {@code
   * Hướng dẫn}, {@code Thông báo} …) do so only with {@code nêu trên}.
   */
  private static final Set<String> ANAPHORIC_TYPES =
      Set.of(
          "Chỉ thị",
          "Kết luận",
          "Nghị quyết",
          "Quyết định",
          "Quy định",
          "Công văn",
          "Công điện",
          "Quy chế",
          "Kế hoạch",
          "Chương trình",
          "Đề án",
          "Nghị định",
          "Thông tư",
          "Thông tư liên tịch",
          "Pháp lệnh");

  /** {@code Kết luận nêu trên}: the word points back to a cited instrument, never to itself. */
  private static final Pattern POINTS_BACK =
      Pattern.compile("\\s+(?:nói|nêu|kể|đã\\s+nêu)\\s+trên(?![\\p{L}])");

  private static final Pattern NOT_ANAPHORA_AFTER =
      Pattern.compile(
          "\\G\\s*(?:này|số|Số|\\d|\\p{Lu}|liên\\s+tịch|làm\\s+việc|của|ban\\s+hành|"
              + "về|mới|khác|trước|sau|đó)",
          Pattern.UNICODE_CASE);

  private final UnnumberedInstruments unnumbered = UnnumberedInstruments.get();

  /** Citations of one document, one per mention, in text order; self-references excluded. */
  public List<Citation> extract(String normalizedText, DocumentMetadata self) {
    String t = normalizedText;
    DocumentMetadata me = withOwnType(t, self == null ? DocumentMetadata.empty() : self);
    List<Draft> drafts = new ArrayList<>(numbered(t, me));
    misprints(t, drafts);
    datesOfLists(t, drafts);
    datesBefore(t, drafts);
    impossibleYears(t, drafts, me);
    for (UnnumberedInstruments.Found f : unnumbered.find(t)) {
      if (drafts.stream().noneMatch(d -> overlaps(d, f.start(), f.end()))) {
        Draft d = fromUnnumbered(f);
        if (!f.type().equals("Nghị quyết")) {
          afterSymbol(t, d); // Luật Đất đai ngày 18 tháng 01 năm 2024; a plenum's khóa is its name
        }
        drafts.add(d);
      }
    }
    for (Draft p : partial(t)) {
      if (drafts.stream().noneMatch(d -> overlaps(d, p.start, p.end))) {
        drafts.add(p);
      }
    }
    mergeNamedNumbers(t, drafts);
    drafts.sort(Comparator.comparingInt(d -> d.start));
    titlesAndRelations(t, drafts);
    shareTitles(t, drafts);
    listHeads(t, drafts);
    drafts.addAll(anaphora(t, drafts, me));
    drafts.sort(Comparator.comparingInt(d -> d.start));
    identities(t, drafts, me);
    List<Citation> out = new ArrayList<>();
    for (Draft d : drafts) {
      out.add(toCitation(t, d, me));
    }
    return List.copyOf(out);
  }

  /**
   * {@code self}, with its type read from the header when the metadata lacks it: a line that is
   * only a type name in capitals ({@code CHỈ THỊ}, {@code KẾT LUẬN}) among the first lines, else
   * the type code of the header's own number line ({@code Số 1567 -CV/TU}).
   */
  private static DocumentMetadata withOwnType(String t, DocumentMetadata me) {
    if (me.type() != null && !me.type().isBlank()) {
      return me;
    }
    String type = null;
    String[] lines = t.split("\n", 25);
    for (int i = 0; i < Math.min(lines.length, 24) && type == null; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty() && line.equals(line.toUpperCase(Locale.ROOT))) {
        type = TYPES.reportedName(line).orElse(null);
      }
    }
    if (type == null) {
      for (int i = 0; i < Math.min(lines.length, 24) && type == null; i++) {
        Matcher own = Pattern.compile("^(?:Số|SỐ)\\s*:?\\s*(.+)$").matcher(lines[i].strip());
        if (own.matches()) {
          type =
              NumberSymbol.parse(own.group(1))
                  .map(s -> s.typeCode() == null ? "CV" : s.typeCode())
                  .flatMap(TYPES::byCode)
                  .map(DocumentTypes.DocumentType::name)
                  .orElse(null);
        }
      }
    }
    if (type == null) {
      return me;
    }
    return new DocumentMetadata(
        type,
        me.typeCode(),
        me.symbol(),
        me.number(),
        me.issuer(),
        me.province(),
        me.place(),
        me.date(),
        me.dateNotBefore(),
        me.subject(),
        me.recipients(),
        me.signer());
  }

  // --- numbered mentions -------------------------------------------------------------------------

  /**
   * {@code mẫu số}, {@code Mẫu}, {@code biểu mẫu}, {@code tờ khai}, {@code phụ lục số} right before
   * a symbol: it names a form (devset/RULES.md D7).
   */
  private static final Pattern FORM_BEFORE =
      Pattern.compile(
          "(?:[Mm]ẫu|MẪU|[Tt]ờ\\s+khai|[Bb]iểu)(?:\\s+(?:số|biểu|tờ\\s+khai|kèm\\s+theo))?\\s*:?\\s*[(\\[“\"]?$",
          Pattern.UNICODE_CASE);

  /**
   * {@code công văn số ART- 01/2020}, {@code Văn bản số 16/CGC.BT}: after a letter's own word and
   * {@code số}, a token of letters and digits joined by slashes or dashes is the number of that
   * letter however its sender numbers letters (devset/RULES.md D8), kept as printed. A dot joins
   * only a short capital suffix ({@code Habeco.NA}), so that a sentence's end stays out.
   */
  private static final Pattern CUED_LETTER =
      Pattern.compile(
          "(?<![\\p{L}])(?<word>[Cc]ông\\s*văn|CÔNG\\s+VĂN|[Vv]ăn\\s+bản|VĂN\\s+BẢN|[Tt]hư"
              + "|[Tt]ờ\\s+trình)\\s+(?:số|Số|SỐ)\\s*:?\\s*"
              + "(?<token>[\\p{L}\\p{N}]+(?:(?:\\s?[-/\u2013]|[-/\u2013]\\s?)[\\p{L}\\p{N}]+"
              + "|\\.[\\p{Lu}\\d]{1,4}(?![\\p{L}\\p{N}]))+)(?![\\p{L}\\p{N}])");

  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern NUMBER_AND_YEAR = Pattern.compile("\\d+/(?:19|20)\\d{2}");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  /** A letter's number after its cue: where the cue starts, its word, the token and its span. */
  private record Cued(int start, String word, String token, int tokenStart, int tokenEnd) {}

  private static List<Cued> cuedLetters(String t) {
    List<Cued> out = new ArrayList<>();
    Matcher c = CUED_LETTER.matcher(t);
    while (c.find()) {
      // 6670/BYT-MTngày: OCR glued the date's word on; it is no part of the number
      String token = c.group("token").replaceFirst("(?<=\\p{Lu})ngày$", "");
      // a number and a year alone (1706001/2017) number a letter too, after its cue
      if (DIGIT.matcher(token).find()
          && (LETTER.matcher(token).find() || NUMBER_AND_YEAR.matcher(token).matches())) {
        out.add(
            new Cued(
                c.start(),
                c.group("word").replaceAll("\\s+", " "),
                token,
                c.start("token"),
                c.start("token") + token.length()));
      }
    }
    return out;
  }

  private List<Draft> numbered(String t, DocumentMetadata me) {
    List<Draft> out = new ArrayList<>();
    String ownKey = me.symbol() == null ? null : NumberSymbol.keyOf(me.symbol());
    List<Cued> cued = cuedLetters(t);
    Set<Cued> taken = new java.util.HashSet<>();
    for (NumberSymbol.Match m : NumberSymbol.find(t)) {
      Cued token =
          cued.stream()
              .filter(c -> c.tokenStart() <= m.start() && m.end() <= c.tokenEnd())
              .findFirst()
              .orElse(null);
      if (token != null && !taken.add(token)) {
        continue; // a second standard piece of one printed number
      }
      int lineStart = t.lastIndexOf('\n', m.start() - 1) + 1;
      int lineEnd = t.indexOf('\n', m.end());
      String restOfLine = t.substring(m.end(), lineEnd < 0 ? t.length() : lineEnd);
      if (ownKey != null && ownKey.equals(m.symbol().key())) {
        continue;
      }
      if (FORM_BEFORE.matcher(t.substring(Math.max(0, m.start() - 24), m.start())).find()) {
        continue; // "mẫu số 01/BCĐBQH-MT", "Tờ khai 05/QTT-TNCN": a form, not an instrument
      }
      Draft d = new Draft();
      d.symbol = m.symbol();
      d.start = m.start();
      int symbolEnd = m.end();
      if (token != null && (m.start() > token.tokenStart() || m.end() < token.tokenEnd())) {
        d.symbol = NumberSymbol.asPrinted(token.token()); // 76/CV-Habeco.NA, not 76/CV-HABECO
        symbolEnd = token.tokenEnd();
      }
      String before = t.substring(Math.max(0, m.start() - 60), m.start());
      Matcher h = HEAD.matcher(before);
      if (h.find()) {
        d.start = m.start() - (before.length() - h.start());
        if (h.group("type") != null) {
          d.typeWord = h.group("type").replaceAll("\\s+", " ");
        } else {
          d.listItem = true;
        }
      }
      String lineHead = t.substring(lineStart, m.start());
      boolean headerLine = lineIndex(t, lineStart) < HEADER_LINES;
      if (d.typeWord == null
          && OWN_NUMBER_LINE.matcher(lineHead).matches()
          && (restOfLine.isBlank() || headerLine)) {
        continue; // the header's own "Số: 907/UBND-NV"
      }
      if (d.typeWord == null && headerLine && ownNumberOcr(lineHead, restOfLine)) {
        continue; // the same, as OCR garbled it: "sốl 0688/BYT-MT Hà Nội, ngàyló …"
      }
      if (SPECIMEN_LINE.matcher(lineHead + m.asWritten() + restOfLine).matches()) {
        continue;
      }
      if (me.symbol() == null && me.type() != null && appendixOfOwnType(before, me.type())) {
        continue; // the number the header lost, repeated in an appendix heading
      }
      d.end = symbolEnd;
      d.symbolEnd = symbolEnd;
      afterSymbol(t, d);
      out.add(d);
    }
    for (Cued c : cued) {
      if (taken.contains(c)) {
        continue;
      }
      Draft d = new Draft();
      d.symbol = NumberSymbol.asPrinted(c.token());
      if (d.symbol.key().equals(ownKey)) {
        continue;
      }
      d.start = c.start();
      d.typeWord = TYPES.byName(c.word()).isPresent() ? c.word() : null;
      d.end = c.tokenEnd();
      d.symbolEnd = c.tokenEnd();
      afterSymbol(t, d);
      out.add(d);
    }
    out.sort(Comparator.comparingInt(d -> d.start));
    return out;
  }

  private static boolean appendixOfOwnType(String before, String ownType) {
    Matcher a = APPENDIX_OF.matcher(before);
    return a.find()
        && TYPES
            .reportedName(a.group("type").replaceAll("\\s+", " "))
            .map(n -> key(n).equals(key(ownType)))
            .orElse(false);
  }

  // --- misprints and typos (devset/RULES.md D6) ---------------------------------------------------

  /**
   * A misprinted symbol that the document also cites correctly is a mention of that instrument:
   * one split by a space or line break ({@code 101/2025/UBTV QH15} beside {@code
   * 101/2025/UBTVQH15}); one whose type code contradicts its type word where the word's code with
   * the same number and issuer is cited ({@code Quyết định số 347-CT/TW} beside {@code 347-QĐ/TW});
   * one whose issuer code no table knows and is one letter off a known one cited with the same
   * number and type ({@code 33/CT-TTBg} beside {@code 33/CT-TTg}).
   */
  private static void misprints(String t, List<Draft> drafts) {
    List<Draft> numbered = drafts.stream().filter(d -> d.symbol != null).toList();
    for (Draft d : numbered) {
      for (Draft o : numbered) {
        if (o.symbol.key().equals(d.symbol.key())) {
          continue;
        }
        if (splitOf(t, d, o)) {
          d.symbolEnd = d.symbolEnd + restOf(t, d, o).length();
          d.end = Math.max(d.end, d.symbolEnd);
          d.symbol = o.symbol;
          afterSymbol(t, d);
          break;
        }
        if (sameNumberAndIssuer(d.symbol, o.symbol) && wordNamesCode(d, o.symbol.typeCode())
            || oneLetterOff(d.symbol, o.symbol)) {
          d.symbol = o.symbol;
          break;
        }
      }
    }
  }

  /** Whether {@code d}'s symbol is the head of {@code o}'s and the text goes on with the rest. */
  private static boolean splitOf(String t, Draft d, Draft o) {
    String head = d.symbol.canonical();
    String whole = o.symbol.canonical();
    return d.symbolEnd > 0
        && whole.length() > head.length()
        && whole.regionMatches(true, 0, head, 0, head.length())
        && !restOf(t, d, o).isEmpty();
  }

  /** The space and the rest of {@code o}'s symbol right after {@code d}'s, or "" when absent. */
  private static String restOf(String t, Draft d, Draft o) {
    String rest = o.symbol.canonical().substring(d.symbol.canonical().length());
    Matcher m =
        Pattern.compile("\\s" + Pattern.quote(rest) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE)
            .matcher(t);
    m.region(d.symbolEnd, t.length());
    return m.lookingAt() ? m.group() : "";
  }

  private static boolean sameNumberAndIssuer(NumberSymbol a, NumberSymbol b) {
    return stripZeros(a.number()).equals(stripZeros(b.number()))
        && java.util.Objects.equals(a.year(), b.year())
        && a.issuer().equals(b.issuer())
        && a.party() == b.party();
  }

  /**
   * Whether the type word before {@code d} is of {@code code} while its symbol says another known
   * type ({@code 06-QĐi/TW}, a code the table lacks, is no contradiction of {@code Quy định}).
   */
  private static boolean wordNamesCode(Draft d, String code) {
    String wordCode = d.typeWord == null ? null : codeOfWord(d.typeWord);
    return wordCode != null
        && code != null
        && d.symbol.typeCode() != null
        && TYPES.byCode(d.symbol.typeCode()).isPresent()
        && key(wordCode).equals(key(code))
        && !key(d.symbol.typeCode()).equals(key(code));
  }

  private static boolean oneLetterOff(NumberSymbol misprint, NumberSymbol known) {
    return stripZeros(misprint.number()).equals(stripZeros(known.number()))
        && java.util.Objects.equals(misprint.year(), known.year())
        && java.util.Objects.equals(misprint.typeCode(), known.typeCode())
        && !misprint.issuer().isEmpty()
        && ISSUERS.byCode(misprint.issuer()).isEmpty()
        && ISSUERS.byCode(known.issuer()).isPresent()
        && editDistanceAtMostOne(key(misprint.issuer()), key(known.issuer()));
  }

  /** Whether one insertion, deletion or substitution at most turns {@code a} into {@code b}. */
  static boolean editDistanceAtMostOne(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return a.substring(i + (a.length() >= b.length() ? 1 : 0))
        .equals(b.substring(i + (b.length() >= a.length() ? 1 : 0)));
  }

  /**
   * {@code ngày 8/9/2925}: a cited year that cannot be is a typo (devset/RULES.md D6), read as the
   * one-digit change that gives the latest year not after the document's own and not after the
   * year following every other year the text writes ({@code đến năm 2030} included). A year cannot
   * be when it is after the citing document's year, or, with the header's date lost, after {@link
   * #LAST_PLAUSIBLE_YEAR}; and only when nothing else in the text comes near it: a year the text
   * writes twice, or one within a year of another it writes, is taken as printed (a short text's
   * one recent citation is no typo).
   */
  private static void impossibleYears(String t, List<Draft> drafts, DocumentMetadata me) {
    List<Integer> years = new ArrayList<>();
    Matcher m = YEAR_IN_TEXT.matcher(t);
    while (m.find()) {
      years.add(Integer.valueOf(m.group()));
    }
    int limit = me.date() != null ? me.date().getYear() : LAST_PLAUSIBLE_YEAR;
    for (Draft d : drafts) {
      if (d.date == null || d.date.getYear() <= limit) {
        continue;
      }
      int year = d.date.getYear();
      List<Integer> others = new ArrayList<>(years);
      others.remove(Integer.valueOf(year));
      int near = others.stream().max(Integer::compare).orElse(year) + 1;
      if (year > near && !others.contains(year)) {
        int fixed = oneDigitYear(year, Math.min(near, me.date() != null ? limit : near));
        if (fixed > 0) {
          d.date = d.date.withYear(fixed);
        }
      }
    }
  }

  /**
   * The last year a document of this corpus's time can carry when its own date is unknown: no
   * clock, so that a text reads the same on every day.
   */
  static final int LAST_PLAUSIBLE_YEAR = 2099;

  private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<!\\d)(?:1\\d|2\\d)\\d{2}(?!\\d)");

  /** The latest year from 1900 to {@code bound} that one changed digit makes of {@code year}. */
  private static int oneDigitYear(int year, int bound) {
    int best = -1;
    char[] digits = Integer.toString(year).toCharArray();
    for (int i = 0; i < digits.length; i++) {
      char keep = digits[i];
      for (char c = '0'; c <= '9'; c++) {
        digits[i] = c;
        int y = Integer.parseInt(new String(digits));
        if (y >= 1900 && y <= bound && y > best) {
          best = y;
        }
      }
      digits[i] = keep;
    }
    return best;
  }

  /** What may stand between two symbols of a list that share the date after the last. */
  private static final Pattern LIST_JOIN =
      Pattern.compile("^[\\s,]*(?:và|,)\\s*(?:\\p{L}+\\s+){0,3}?(?:số\\s*)?$", Pattern.UNICODE_CASE);

  /**
   * {@code Quyết định số 41/QĐ-TCT và 42/QĐ-TCT ngày 10/1/2019}, {@code Tờ trình số 388/TTr-CP và
   * Đề án số 389/ĐA-CP ngày 09 tháng 5 năm 2025}: one date after a list of one issuer's symbols
   * dates them all (a law cited before a decision keeps its own year).
   */
  private static void datesOfLists(String t, List<Draft> drafts) {
    for (int k = drafts.size() - 2; k >= 0; k--) {
      Draft a = drafts.get(k);
      Draft b = drafts.get(k + 1);
      boolean sameIssuer =
          a.symbol != null
              && b.symbol != null
              && a.symbol.year() == null
              && java.util.Objects.equals(a.symbol.issuer(), b.symbol.issuer());
      if (sameIssuer && a.date == null && b.date != null && a.end <= b.start) {
        String between = t.substring(a.end, b.start);
        if (between.length() <= 40 && LIST_JOIN.matcher(between).matches()) {
          a.date = b.date;
        }
      }
    }
  }

  /**
   * {@code Ngày 25/9/2025, Ban Thường trực … ban hành Công văn số 227/NTTQ-BTT}: a date opening
   * the sentence (comma or not) dates the symbol it leads to, and the further symbols of the same
   * issuer and type that the sentence lists after it ({@code …; Quyết định số 42/QĐ-TCT về …}). A
   * capital {@code Ngày} opens a sentence even where a flattened layout left no stop before it.
   */
  private static final Pattern DATE_FIRST =
      Pattern.compile(
          "(?:(?:^|[.;:!?\\n“\"]\\s*)(?:Ngày|NGÀY|ngày)|(?<=\\s)(?:Ngày|NGÀY))\\s+(?<date>\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}"
              + "|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})\\s*,?");

  private static final int DATE_FIRST_REACH = 160;

  private static void datesBefore(String t, List<Draft> drafts) {
    int previousEnd = 0;
    Draft led = null; // the last symbol a sentence-opening date dated
    for (Draft d : drafts) {
      int from = Math.max(previousEnd, d.start - DATE_FIRST_REACH);
      previousEnd = d.end;
      if (led != null && d.date == null && sameSeries(led, d) && led.end <= d.start) {
        if (!sentenceEndIn(t.substring(led.end, d.start))) {
          d.date = led.date;
          continue;
        }
      }
      if (d.date != null || from >= d.start) {
        continue;
      }
      String window = t.substring(from, d.start);
      Matcher m = DATE_FIRST.matcher(window);
      int dateStart = -1;
      int dateEnd = -1;
      String date = null;
      while (m.find()) {
        dateStart = m.start("date");
        dateEnd = m.end();
        date = m.group("date");
      }
      // The sentence must run on from the date to the symbol, with no other symbol between.
      if (date == null
          || sentenceEndIn(window.substring(dateEnd))
          || !NumberSymbol.find(window.substring(dateEnd)).isEmpty()) {
        continue;
      }
      List<VietnameseDates.Match> dates = VietnameseDates.find(date);
      if (!dates.isEmpty() && dateStart >= 0) {
        d.date = dates.get(0).date();
        led = d;
      }
    }
  }

  /** Two undated symbols of one issuer and type ({@code 41/QĐ-TCT}, {@code 42/QĐ-TCT}). */
  private static boolean sameSeries(Draft a, Draft b) {
    return a.symbol != null
        && b.symbol != null
        && b.symbol.year() == null
        && a.symbol.printed() == null
        && java.util.Objects.equals(a.symbol.issuer(), b.symbol.issuer())
        && java.util.Objects.equals(a.symbol.typeCode(), b.symbol.typeCode());
  }
  /**
   * {@code Chỉ thị 05 của Bộ Chính trị}, {@code Nghị quyết số 35 ngày …}: a type word and a bare
   * number, followed by what follows a citation (issuer, date, title, punctuation).
   */
  private static final Pattern PARTIAL =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?<cap>"
              + TYPES.allNames().stream()
                  .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
                  .collect(Collectors.joining("|"))
              + ")\\s+(?:số\\s+)?|(?<low>"
              + TYPE_NAMES
              + ")\\s+số\\s+)"
              + "(?<number>\\d{1,4})(?![\\p{L}\\p{N}/\\-]|[.,]\\d)"
              + "(?=\\s*(?:của|ngày|về|khóa|[,;.)(“\"]|và\\s|$))",
          Pattern.UNICODE_CASE);

  private static List<Draft> partial(String t) {
    List<Draft> out = new ArrayList<>();
    Matcher m = PARTIAL.matcher(t);
    while (m.find()) {
      String number = m.group("number");
      if (number.length() == 4 && (number.startsWith("19") || number.startsWith("20"))) {
        continue; // a year: "Nghị quyết 2020"
      }
      String word = m.group("cap") != null ? m.group("cap") : m.group("low");
      Draft d = new Draft();
      d.start = m.start();
      d.end = m.end("number");
      d.typeWord = word.replaceAll("\\s+", " ");
      d.number = number;
      d.type = TYPES.reportedName(d.typeWord).orElse(d.typeWord);
      d.typeCode = codeOfWord(d.typeWord);
      d.name = d.type + " " + number;
      afterSymbol(t, d);
      out.add(d);
    }
    return out;
  }

  /** Reads date, {@code của} issuer, {@code khóa}, and a second date, after the symbol or name. */
  private static void afterSymbol(String t, Draft d) {
    int pos = d.end;
    pos = readDate(t, d, pos);
    Matcher of = at(OF, t, pos);
    if (of != null) {
      int issuerStart = of.end();
      int issuerEnd = scanIssuer(t, issuerStart);
      if (issuerEnd > issuerStart) {
        d.issuer = t.substring(issuerStart, issuerEnd).replaceAll("\\s+", " ");
        pos = issuerEnd;
        d.end = pos;
      }
    }
    Matcher k = at(KHOA, t, pos);
    if (k != null && k.end() > pos) {
      pos = k.end();
      d.end = pos;
    }
    readDate(t, d, pos);
  }

  private static int readDate(String t, Draft d, int pos) {
    if (d.date != null) {
      return pos;
    }
    Matcher lead = at(DATE_LEAD, t, pos);
    if (lead != null) {
      int from = lead.end();
      String window = t.substring(from, Math.min(t.length(), from + 40));
      List<VietnameseDates.Match> dates = VietnameseDates.find(window);
      if (!dates.isEmpty() && dates.get(0).start() == 0) {
        d.date = dates.get(0).date();
        d.end = from + dates.get(0).end();
        return d.end;
      }
    }
    return pos;
  }

  /**
   * {@code p} matched at {@code pos} and not beyond (a bounded look, not a search of the rest of
   * the text), or null.
   */
  static Matcher at(Pattern p, String t, int pos) {
    Matcher m = p.matcher(t);
    m.region(pos, t.length());
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m.lookingAt() ? m : null;
  }

  /** The end of the issuer that starts at {@code pos}, or {@code pos} when none starts there. */
  static int scanIssuer(String t, int pos) {
    return IssuerReader.get().end(t, pos);
  }

  // --- unnumbered --------------------------------------------------------------------------------

  private static Draft fromUnnumbered(UnnumberedInstruments.Found f) {
    Draft d = new Draft();
    d.start = f.start();
    d.end = f.end();
    d.name = f.name();
    d.type = f.type();
    d.typeCode = TYPES.byName(f.type()).map(DocumentTypes.DocumentType::code).orElse(null);
    d.issuer = f.issuer();
    d.local = f.local();
    return d;
  }

  /** {@code Luật Cán bộ, công chức số 22/2008/QH12}: the name heads the numbered mention. */
  private static void mergeNamedNumbers(String t, List<Draft> drafts) {
    List<Draft> named = drafts.stream().filter(d -> d.name != null).toList();
    for (Draft n : named) {
      for (Draft d : drafts) {
        if (d.symbol != null && d.listItem && d.start >= n.end && d.start - n.end <= 3) {
          String gap = t.substring(n.end, d.start);
          if (gap.isBlank()) {
            d.start = n.start;
            d.name = n.name;
            d.typeWord = n.type;
            d.listItem = false;
            drafts.remove(n);
            break;
          }
        }
      }
    }
  }

  private static boolean overlaps(Draft d, int start, int end) {
    return d.start < end && start < d.end;
  }

  // --- titles and relations ----------------------------------------------------------------------

  private static void titlesAndRelations(String t, List<Draft> drafts) {
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      Draft next = i + 1 < drafts.size() ? drafts.get(i + 1) : null;
      int bound = next == null ? t.length() : next.start;
      readTitle(t, d, bound);
      if (next != null && d.symbol != null && next.start >= d.end) {
        String between = t.substring(d.end, next.start);
        if (!between.contains(";") && !between.contains("\n") && !sentenceEndIn(between)) {
          RelationCues.get()
              .find(between)
              .ifPresent(
                  f -> {
                    Draft from = f.passive() ? next : d;
                    Draft to = f.passive() ? d : next;
                    if (from.relation == null) {
                      from.relation = f.relation();
                      from.relationTarget = to;
                    }
                  });
          if (d.title != null && d.titleEnd == next.start && d.relation != null) {
            // the title names the instrument it relates to: take it in
            d.title = (d.title + " " + t.substring(next.start, next.end)).replaceAll("\\s+", " ");
          }
        }
      }
    }
  }

  /** {@code Nghị quyết Trung ương 4 khóa XI, khóa XII về …}: one title for both. */
  private static void shareTitles(String t, List<Draft> drafts) {
    for (int i = drafts.size() - 2; i >= 0; i--) {
      Draft d = drafts.get(i);
      Draft next = drafts.get(i + 1);
      if (d.title == null
          && next.title != null
          && d.name != null
          && next.name != null
          && next.start >= d.end
          && t.substring(d.end, next.start).matches("\\s*(?:,|và)\\s*")) {
        d.title = next.title;
      }
    }
  }

  private static void readTitle(String t, Draft d, int bound) {
    Matcher lead = at(TITLE_LEAD, t, d.end);
    if (lead == null || d.end >= bound) {
      return;
    }
    if (lead.group("quote") != null) {
      int open = lead.end();
      int close = indexOfAny(t, open, "”\"»\n");
      if (close > open) {
        d.title = clean(t.substring(open, close));
        d.titleEnd = Math.min(close + 1, t.length());
      }
      return;
    }
    int from = lead.end() - (lead.group("ve") != null ? lead.group("ve").length() : 0);
    if (lead.group("promulgate") != null) {
      from = lead.end() - lead.group("promulgate").length();
    }
    int end = Math.min(bound, clauseEnd(t, from));
    Matcher predicate = TITLE_PREDICATE.matcher(t);
    predicate.region(from, end);
    if (predicate.find()) {
      end = predicate.start();
    }
    String title = clean(t.substring(from, end));
    if (title.split("\\s+").length >= 2) {
      d.title = title;
      d.titleEnd = end;
    }
  }

  /**
   * The end of the clause at {@code from}: {@code ;}, a line end, a sentence end, a parenthesis.
   */
  static int clauseEnd(String t, int from) {
    int quoteDepth = 0;
    for (int i = from; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '“') {
        quoteDepth++;
      } else if (c == '”' && quoteDepth > 0) {
        quoteDepth--;
      } else if (c == ';' || c == '\n' || c == '(' || c == ':') {
        return i;
      } else if ((c == '.' || c == '…' || c == '!' || c == '?') && quoteDepth == 0) {
        int j = i + 1;
        if (j >= t.length()
            || Character.isWhitespace(t.charAt(j))
            || t.charAt(j) == '/'
            || t.charAt(j) == '.'
            || t.charAt(j) == ',') {
          return i;
        }
      }
    }
    return t.length();
  }

  private static boolean sentenceEndIn(String s) {
    return Pattern.compile("[.!?…](?:\\s|$)").matcher(s).find();
  }

  private static int indexOfAny(String t, int from, String chars) {
    for (int i = from; i < t.length(); i++) {
      if (chars.indexOf(t.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String clean(String s) {
    return s.replace("*", "").replaceAll("\\s+", " ").replaceAll("[\\s,.…]+$", "").strip();
  }

  // --- list heads --------------------------------------------------------------------------------

  /**
   * Items {@code Số 42-CT/TW …; số 53-CT/TW …} take their issuer from the list head before them.
   */
  private static void listHeads(String t, List<Draft> drafts) {
    String headIssuer = null;
    int listEnd = -1;
    for (Draft d : drafts) {
      if (d.symbol == null || !d.listItem) {
        if (d.start > listEnd) {
          headIssuer = null;
        }
        continue;
      }
      int paraStart = t.lastIndexOf('\n', d.start - 1) + 1;
      int colon = t.lastIndexOf(':', d.start - 1);
      if (colon >= paraStart && (listEnd < 0 || colon > listEnd || headIssuer == null)) {
        String head = t.substring(Math.max(paraStart, colon - 250), colon + 1);
        Matcher m = LIST_HEAD.matcher(head);
        boolean itemsOnly =
            drafts.stream().noneMatch(o -> o.start > colon && o.start < d.start && !o.listItem);
        if (m.find() && itemsOnly) {
          headIssuer = null;
          if (m.group("issuer") != null) {
            int from = Math.max(paraStart, colon - 250) + m.start("issuer");
            int e = scanIssuer(t, from);
            if (e > from) {
              headIssuer = t.substring(from, e).replaceAll("\\s+", " ");
            }
          }
          listEnd = d.start;
        }
      }
      if (listEnd >= 0 && d.issuer == null && headIssuer != null) {
        d.issuer = headIssuer;
      }
      listEnd = Math.max(listEnd, Math.max(d.end, d.titleEnd));
    }
  }

  // --- anaphora ----------------------------------------------------------------------------------

  private static List<Draft> anaphora(String t, List<Draft> drafts, DocumentMetadata me) {
    List<Draft> out = new ArrayList<>();
    int[] sentences = sentenceIndex(t);
    Map<Draft, String> typeOf = new HashMap<>();
    for (Draft d : drafts) {
      String type = reportedType(d, me);
      if (type != null) {
        typeOf.put(d, type);
      }
    }
    Matcher m = BARE_TYPE.matcher(t);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      if (insideMention(drafts, s, e)) {
        continue;
      }
      if (PLURAL_BEFORE.matcher(t.substring(Math.max(0, s - 12), s)).find()) {
        continue;
      }
      if (at(NOT_ANAPHORA_AFTER, t, e) != null) {
        continue;
      }
      if (startsSentence(t, s)) {
        continue; // capitalised by grammar, not by name: "- Báo cáo kết quả …"
      }
      boolean pointsBack = POINTS_BACK.matcher(t).region(e, t.length()).lookingAt();
      String written = m.group("type").replaceAll("\\s+", " ");
      String typeName = TYPES.reportedName(written).orElse(written);
      Draft antecedent = null;
      for (Draft d : drafts) {
        if (d.start < s && !d.anaphoric && typeName.equals(typeOf.get(d))) {
          antecedent = d;
        }
      }
      if (antecedent == null) {
        continue;
      }
      if (!pointsBack && !ANAPHORIC_TYPES.contains(typeName)) {
        continue; // "Báo cáo", "Hướng dẫn" stand alone as common nouns and verbs
      }
      boolean ownType = me.type() != null && key(me.type()).equals(key(typeName));
      boolean near = sentences[antecedent.start] >= sentences[s] - 1;
      boolean sameParagraph = t.lastIndexOf('\n', s) == t.lastIndexOf('\n', antecedent.start);
      if (!pointsBack && (ownType ? !near : !near && !sameParagraph)) {
        continue; // the document speaking of itself, or an instrument too far back to be meant
      }
      Draft a = new Draft();
      a.start = s;
      a.end = e;
      a.anaphoric = true;
      a.typeWord = written;
      a.antecedent = antecedent;
      out.add(a);
    }
    return out;
  }

  /** Whether {@code [s, e)} lies in a mention or its title; {@code drafts} sorted by start. */
  private static boolean insideMention(List<Draft> drafts, int s, int e) {
    int lo = 0;
    int hi = drafts.size();
    while (lo < hi) { // first draft starting at or after e
      int mid = (lo + hi) >>> 1;
      if (drafts.get(mid).start < e) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0 && i >= lo - 8; i--) {
      Draft d = drafts.get(i);
      if (s < Math.max(d.end, d.titleEnd)) {
        return true;
      }
    }
    return false;
  }

  /** Whether only a list marker or nothing stands between {@code pos} and its sentence's start. */
  private static boolean startsSentence(String t, int pos) {
    int i = pos - 1;
    while (i >= 0 && (Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '\n')) {
      i--;
    }
    String lineHead = t.substring(t.lastIndexOf('\n', Math.max(0, i)) + 1, pos);
    if (i < 0 || t.charAt(i) == '\n' || LIST_MARKER_ONLY.matcher(lineHead).matches()) {
      return true;
    }
    char c = t.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '…';
  }

  private static final Pattern LIST_MARKER_ONLY =
      Pattern.compile("\\s*(?:[-+•*]|\\d+(?:\\.\\d+)*[.)]|[a-zđ]\\))?\\s*");

  /** For each character, the index of its sentence; sentences end at {@code . ! ? …} or a line. */
  private static int[] sentenceIndex(String t) {
    int[] idx = new int[t.length() + 1];
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      idx[i] = n;
      char c = t.charAt(i);
      boolean end =
          c == '\n'
              || ((c == '.' || c == '!' || c == '?' || c == '…')
                  && (i + 1 >= t.length() || Character.isWhitespace(t.charAt(i + 1))));
      if (end) {
        n++;
      }
    }
    idx[t.length()] = n;
    return idx;
  }

  // --- identity ----------------------------------------------------------------------------------

  private static void identities(String t, List<Draft> drafts, DocumentMetadata me) {
    for (Draft d : drafts) {
      if (d.anaphoric) {
        continue;
      }
      if (d.issuer == null && d.typeWord != null && d.symbol != null) {
        subjectOfSentence(t, d);
      }
      if (d.issuer != null) {
        d.issuer = IssuerAliases.get().canonical(d.issuer);
        Matcher p = PROVINCE_IN_ISSUER.matcher(d.issuer);
        if (p.find()) {
          d.province = p.group(1);
        }
      }
      if (d.number != null && d.symbol == null) {
        d.antecedent = sameNumber(drafts, d);
      }
      if (d.symbol == null && d.local && d.province == null) {
        d.province = me.province() == null || me.province().isBlank() ? null : me.province();
      } else if (d.symbol != null && isLocal(d.symbol)) {
        if (d.province == null && me.province() != null && !me.province().isBlank()) {
          d.province = me.province();
        }
      } else if (!d.local) {
        d.province = null;
      }
      if (d.symbol != null) {
        d.type = reportedType(d, me);
        d.typeCode = d.symbol.typeCode() != null ? d.symbol.typeCode() : codeOfWord(d.typeWord);
      }
    }
    // Fields one mention gives hold for every mention of the same instrument in this document.
    Map<String, List<Draft>> byIdentity = new LinkedHashMap<>();
    for (Draft d : drafts) {
      if (d.identity() != null) {
        byIdentity.computeIfAbsent(d.identity(), k -> new ArrayList<>()).add(d);
      }
    }
    for (List<Draft> group : byIdentity.values()) {
      for (Draft d : group) {
        for (Draft o : group) {
          if (o == d || !sameYear(d, o)) {
            continue;
          }
          if (d.date == null && o.date != null) {
            d.date = o.date;
          }
          if (d.issuer == null && o.issuer != null) {
            d.issuer = o.issuer;
          }
        }
      }
    }
    for (Draft d : drafts) {
      if (d.issuer == null && d.symbol != null) {
        d.issuer = issuerOfCode(d.symbol, me);
      }
    }
    for (Draft a : drafts) {
      if (a.antecedent != null) {
        Draft o = a.antecedent;
        a.symbol = o.symbol;
        a.number = null;
        a.name = o.name;
        a.type = o.type;
        a.typeCode = o.typeCode;
        a.date = o.date;
        a.issuer = o.issuer;
        a.province = o.province;
      }
    }
  }

  /**
   * The fully numbered mention a partial one ({@code Chỉ thị 05}) abbreviates: the one instrument
   * of its type and number cited in this document, compatible with the issuer the partial mention
   * names; null when there is none or several ({@code 26/CT-TTg} and {@code 26/CT-UBND}).
   */
  private static Draft sameNumber(List<Draft> drafts, Draft p) {
    Map<String, Draft> candidates = new LinkedHashMap<>();
    for (Draft d : drafts) {
      if (d.symbol == null
          || d.antecedent != null
          || d.symbol.typeCode() == null
          || !key(d.symbol.typeCode()).equals(key(String.valueOf(p.typeCode)))
          || !stripZeros(d.symbol.number()).equals(stripZeros(p.number))) {
        continue;
      }
      if (p.issuer != null) {
        boolean partyIssuer = PARTY_BODY.matcher(p.issuer).find();
        if (partyIssuer != d.symbol.party()) {
          continue;
        }
        if (d.issuer != null
            && !key(d.issuer).contains(key(p.issuer))
            && !key(p.issuer).contains(key(d.issuer))) {
          continue;
        }
      }
      candidates.putIfAbsent(d.symbol.key(), d);
    }
    return candidates.size() == 1 ? candidates.values().iterator().next() : null;
  }

  /** Names of Party bodies, which issue Party-style symbols ({@code 26-CT/TW}). */
  private static final Pattern PARTY_BODY =
      Pattern.compile(
          "Ban Bí thư|Bộ Chính trị|Ban Chấp hành|Huyện ủy|Tỉnh ủy|Thành ủy|Đảng|Ban Thường vụ");

  private static String stripZeros(String n) {
    return n.replaceFirst("^0+(?=\\d)", "");
  }

  private static boolean sameYear(Draft a, Draft b) {
    Integer ya = year(a);
    Integer yb = year(b);
    return ya == null || yb == null || ya.equals(yb);
  }

  private static Integer year(Draft d) {
    if (d.symbol != null && d.symbol.year() != null) {
      return d.symbol.year();
    }
    if (d.date != null) {
      return d.date.getYear();
    }
    Matcher y = d.name == null ? null : NAMED_YEAR.matcher(d.name);
    return y != null && y.find() ? Integer.valueOf(y.group(1)) : null;
  }

  /** {@code Bộ luật Lao động năm 2019}, {@code Hiến pháp năm 2013}: the year a name gives. */
  private static final Pattern NAMED_YEAR = Pattern.compile("năm\\s+((?:19|20)\\d{2})$");

  /** {@code Ngày 22/7/2021, Ban Thường vụ Tỉnh ủy ban hành Kết luận số 29-KL/TU}. */
  private static void subjectOfSentence(String t, Draft d) {
    int from = Math.max(0, d.start - 200);
    Matcher m = SUBJECT_BEFORE.matcher(t.substring(from, d.start));
    if (m.find()) {
      String subject = m.group("subject");
      int e = scanIssuer(subject, 0);
      if (e > 0) {
        d.issuer = subject.substring(0, e).strip();
      }
      if (d.date == null && m.group("date") != null) {
        VietnameseDates.parse(m.group("date")).ifPresent(x -> d.date = x);
      }
    }
  }

  /** The issuer a symbol names unambiguously: {@code TTg}, {@code CP}, a ministry, {@code UBND}. */
  private static String issuerOfCode(NumberSymbol s, DocumentMetadata me) {
    String code = s.issuer().split("-")[0];
    if (s.party() || s.issuer().contains("-") && s.typeCode() != null) {
      return null;
    }
    String k = key(code);
    if (k.equals("ubnd") || k.equals("hdnd")) {
      String level =
          me.issuer() != null
                  && key(me.issuer()).contains("thanh pho")
                  && !key(me.issuer()).contains("tinh")
              ? "thành phố"
              : "tỉnh";
      return (k.equals("ubnd") ? "UBND " : "HĐND ") + level;
    }
    if (k.startsWith("qh")) {
      return "Quốc hội";
    }
    return ISSUERS
        .byCode(code)
        .filter(c -> !c.local())
        .map(IssuerCodes.IssuerCode::name)
        .orElse(null);
  }

  private static boolean isLocal(NumberSymbol s) {
    String[] codes = s.issuer().split("-");
    return codes.length == 1 && ISSUERS.isLocal(codes[0]);
  }

  private static String reportedType(Draft d, DocumentMetadata me) {
    if (d.symbol == null) {
      return d.type;
    }
    String code = d.symbol.typeCode();
    if (d.typeWord != null) {
      Optional<String> n = TYPES.reportedName(d.typeWord);
      String wordCode = codeOfWord(d.typeWord);
      // The word decides between names of one code (Quy định / Quyết định for QĐ) and names a
      // công văn symbol's type; against another code ("kết luận số 200-TB/TU") the code wins.
      if (n.isPresent() && (code == null || wordCode == null || key(wordCode).equals(key(code)))) {
        return n.get();
      }
    }
    if (code == null) {
      return d.symbol.year() != null && d.symbol.issuer().toUpperCase(Locale.ROOT).startsWith("QH")
          ? "Luật"
          : "Công văn";
    }
    if (code.equals("QĐ") && d.symbol.party()) {
      return "Quy định";
    }
    return TYPES.byCode(code).map(DocumentTypes.DocumentType::name).orElse(null);
  }

  private static String codeOfWord(String word) {
    if (word == null) {
      return "CV";
    }
    return TYPES.byName(word).map(DocumentTypes.DocumentType::code).orElse(null);
  }

  private static Citation toCitation(String t, Draft d, DocumentMetadata me) {
    String written = t.substring(d.start, d.end).replaceAll("\\s+", " ").strip();
    String symbol = d.symbol == null ? null : d.symbol.canonical();
    Draft target = d.relationTarget;
    String relationTarget =
        target == null ? null : target.symbol != null ? target.symbol.canonical() : target.name;
    return new Citation(
        d.type,
        d.typeCode,
        symbol,
        d.symbol == null ? d.number : d.symbol.number(),
        year(d),
        d.date,
        d.issuer,
        d.province,
        d.title,
        d.name,
        written,
        new Span(d.start, d.end),
        d.relation,
        relationTarget,
        null);
  }

  static String key(String s) {
    return DocumentTypes.key(s);
  }
}
