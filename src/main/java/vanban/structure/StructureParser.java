package vanban.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vanban.lexicon.DocumentTypes;
import vanban.lexicon.Issuers;
import vanban.lexicon.NumberSymbol;
import vanban.lexicon.Provinces;
import vanban.lexicon.VietnameseDates;
import vanban.model.DocumentMetadata;
import vanban.model.Section;
import vanban.model.Signer;

/**
 * Finds a document's metadata (SCHEMA.md {@code document}) and section tree in its normalized text.
 * A field the text does not give is null with a warning naming it; the province alone may be
 * inferred from the body, with a warning saying so. Thread-safe and stateless.
 */
public final class StructureParser {

  /**
   * A line that names a body of its own under the one above it ({@code TỔNG CỤC THUẾ} / {@code CỤC
   * THUẾ TỈNH HẢI DƯƠNG}, {@code THÀNH ỦY HÀ NỘI} / {@code BAN TỔ CHỨC}); a line of a unit ({@code
   * TỈNH THỪA THIÊN HUẾ}) continues the body above instead.
   */
  private static final java.util.regex.Pattern BODY_START =
      java.util.regex.Pattern.compile(
          "^(?:BAN|TIỂU BAN|CỤC|CHI CỤC|TỔNG CỤC|VỤ|SỞ|PHÒNG|VĂN PHÒNG|TRUNG TÂM|CÔNG AN|BẢO HIỂM"
              + "|ĐẢNG ỦY|ĐẢNG ĐOÀN|BAN CÁN SỰ|ỦY BAN|UỶ BAN|HỘI ĐỒNG|THANH TRA|KHO BẠC|VIỆN)\\b");

  /** A sub-body named by its parent: {@code Ban Tổ chức} of the {@code Thành ủy Hà Nội}. */
  private static final java.util.regex.Pattern SUB_BODY =
      java.util.regex.Pattern.compile("^(?:Ban|Tiểu ban|Văn phòng)\\b.*");

  /** An organ named without its committee: {@code Ban Thường vụ}, {@code Thường trực}. */
  private static final java.util.regex.Pattern ORGAN_OF_COMMITTEE =
      java.util.regex.Pattern.compile("^(?:Ban Thường vụ|Thường trực|Ban Chấp hành)$");

  /** A signature this close to the end closes the body. */
  private static final int TAIL_LINES = 40;

  /** Parses {@code normalizedText}; never throws on odd input, it reports what it missed. */
  public DocumentStructure parse(String normalizedText) {
    String text = normalizedText == null ? "" : normalizedText;
    List<Line> lines = LayoutLines.split(Line.of(text));
    List<String> warnings = new ArrayList<>();
    HeaderParser.Header h = HeaderParser.parse(lines);
    int bodyStart = h.end();

    SignatureParser.Signature sig = SignatureParser.parse(lines, bodyStart);
    int distribution = -1;
    for (int k = lines.size() - 1; k >= bodyStart; k--) {
      if (OutlineParser.DISTRIBUTION_HEAD.matcher(lines.get(k).text()).matches()) {
        distribution = k;
        break;
      }
    }
    int bodyEnd = lines.size();
    if (distribution >= 0) {
      bodyEnd = Math.min(bodyEnd, distribution);
    }
    if (sig != null && sig.first() >= lines.size() - TAIL_LINES) {
      // A signature mid-file (before an appendix or an attached plan) ends the letter, not the
      // text: the attachment's sections and duties stay in the outline.
      bodyEnd = Math.min(bodyEnd, sig.first());
    }
    int distributionEnd = -1;
    if (distribution >= 0) {
      distributionEnd = sig != null && sig.first() > distribution ? sig.first() : lines.size();
    }
    List<Section> outline =
        OutlineParser.build(
            lines,
            bodyStart,
            bodyEnd,
            distribution,
            distributionEnd,
            sig == null ? -1 : sig.first(),
            sig == null ? -1 : sig.last());

    // Type: the title word, else the symbol's type code, else a công văn by its shape.
    String type = null;
    String typeCode = null;
    NumberSymbol symbol = h.symbol();
    if (h.typeTitle() != null) {
      DocumentTypes.DocumentType dt = DocumentTypes.get().byName(h.typeTitle()).orElseThrow();
      typeCode = dt.code();
      type = dt.name();
      for (String n : dt.names()) {
        if (n.toUpperCase(Locale.ROOT).equals(h.typeTitle().toUpperCase(Locale.ROOT))) {
          type = n;
        }
      }
    } else if (h.subject() != null && h.subject().matches("^[Vv][/il1][VvWw]\\b.*")) {
      // A letter with a V/v subject and no type title is a Công văn, whatever its symbol's codes
      // look like (7137/CT-TTHT: CT is the Cục Thuế, not a Chỉ thị).
      type = "Công văn";
      typeCode = "CV";
    } else if (symbol != null && symbol.typeCode() != null) {
      Optional<DocumentTypes.DocumentType> dt = DocumentTypes.get().byCode(symbol.typeCode());
      if (dt.isPresent()) {
        typeCode = dt.get().code();
        type = typeCode.equals("QĐ") && symbol.party() ? "Quy định" : dt.get().name();
      }
    } else if ((symbol != null && symbol.unit() != null)
        || (h.subject() != null && h.subject().matches("^[Vv][/il1][VvWw]\\b.*"))) {
      type = "Công văn";
      typeCode = "CV";
    }
    if (type == null) {
      warnings.add("no document type in the header");
    }
    LocalDate date = h.date();
    if (symbol == null && h.unreadSymbol() != null) {
      // Số: 69đ /BCA-C04, the number written by hand: an appendix heading may print it whole.
      Optional<AttachedTo> own = attachedTo(lines, bodyStart, h.unreadSymbol());
      if (own.isPresent()) {
        symbol = own.get().symbol();
        warnings.add("number-symbol unreadable in the header; read from the appendix heading");
        if (date == null && own.get().date() != null) {
          date = own.get().date();
          warnings.add("date unreadable in the header; read from the appendix heading");
        }
      }
    }
    if (symbol == null) {
      warnings.add("no number-symbol in the header");
    }

    // Issuer: the header's issuing body, or the body a titled document names (CỦA …).
    Issuers casing = Issuers.get();
    List<String> issuerGroups = issuerGroups(h.issuerLines());
    String own =
        issuerGroups.isEmpty()
            ? null
            : casing.sentenceCase(issuerGroups.get(issuerGroups.size() - 1));
    if (own != null && issuerGroups.size() >= 2 && SUB_BODY.matcher(own).matches()
        && casing.atStart(own).isEmpty()) {
      // BAN TỔ CHỨC under THÀNH ỦY HÀ NỘI: the Ban Tổ chức of the Thành ủy Hà Nội.
      String parent = casing.sentenceCase(issuerGroups.get(issuerGroups.size() - 2));
      String organ = centralOrgan(own, parent);
      own = organ != null ? organ : own + " " + parent;
    }
    String issuer = h.ofIssuer() != null ? casing.sentenceCase(h.ofIssuer()) : own;
    if (h.ofIssuer() != null && own != null && ORGAN_OF_COMMITTEE.matcher(issuer).matches()) {
      // TỈNH ỦY HÀ TĨNH … CỦA BAN THƯỜNG VỤ: the standing committee of the header's committee.
      issuer = issuer + " " + own;
    }
    List<String> headerNames = new ArrayList<>();
    for (String g : issuerGroups) {
      headerNames.add(casing.sentenceCase(g));
    }
    if (issuer != null) {
      headerNames.add(issuer);
    }
    Provinces provinces = Provinces.get();
    Provinces.Province province = null;
    for (int k = headerNames.size() - 1; k >= 0 && province == null; k--) {
      List<Provinces.Mention> found = provinces.find(headerNames.get(k));
      if (!found.isEmpty()) {
        province = found.get(found.size() - 1).province();
      }
    }
    boolean national =
        issuer != null
            && casing.atStart(issuer).map(f -> f.issuer().level().equals("central")).orElse(false);
    // Central bodies date their documents at Hà Nội: there the place says nothing of a province.
    boolean capital = h.place() != null && provinces.lookup(h.place()).map(x -> x.name().equals("Hà Nội")).orElse(false);
    if (province == null && issuer != null && !national && h.place() != null && !capital) {
      province = provinces.lookup(h.place()).orElse(null);
    }
    if (issuer == null) {
      warnings.add("no issuer in the header");
    } else if (province == null && !national && casing.atStart(issuer).isEmpty()) {
      // An issuer the lexicon does not know (often OCR-damaged): its province is not guessed.
      warnings.add("no province in the header, and the issuer is not recognised");
    } else if (province == null && !national) {
      province = inferProvince(text);
      if (province != null) {
        warnings.add("province inferred from the body: " + province.name());
      } else {
        warnings.add("no province in the header or the body");
      }
    }
    if (issuer != null && province != null && provinces.find(issuer).isEmpty()) {
      issuer = withProvince(issuer, province);
    }

    if (h.place() == null) {
      warnings.add("no place in the header");
    }
    if (date == null) {
      warnings.add("no date in the header");
    }
    if (h.subject() == null) {
      warnings.add("no subject in the header");
    }
    if ("CV".equals(typeCode) && h.recipients().isEmpty()) {
      warnings.add("no recipients (Kính gửi) in the header");
    }
    Signer signer = sig == null ? null : sig.signer();
    if (signer == null) {
      warnings.add("no signature block");
    } else if (signer.name() == null) {
      warnings.add("no signer name in the signature block");
    }

    DocumentMetadata metadata =
        new DocumentMetadata(
            type,
            typeCode,
            symbol == null ? null : symbol.canonical(),
            symbol == null ? null : symbol.number(),
            issuer,
            province == null ? null : province.name(),
            h.place(),
            date,
            null,
            h.subject(),
            h.recipients(),
            signer);
    return new DocumentStructure(metadata, outline, warnings);
  }

  /** {@code (Kèm theo Công văn số 5689/BCA-C04 ngày 16 tháng 12 năm 2025)}: an appendix heading. */
  private static final java.util.regex.Pattern ATTACHED_TO =
      java.util.regex.Pattern.compile(
          "\\((?:[Bb]an hành\\s+)?[Kk]èm theo\\s+\\p{L}+(?:\\s+\\p{Ll}+){0,2}\\s+s[ốoôó]\\s*:?\\s*"
              + "(?<symbol>[^\\s,;)]+)(?<rest>[^)]{0,60})\\)");

  /** The document's own number and date as an appendix heading prints them. */
  private record AttachedTo(NumberSymbol symbol, LocalDate date) {}

  /**
   * The number-symbol an appendix heading after the header gives the document, when it ends as the
   * header's unreadable one does ({@code 69đ /BCA-C04} and {@code 5689/BCA-C04}): the heading names
   * the document it is attached to, and the shared issuer and unit tie it to this one.
   */
  private static Optional<AttachedTo> attachedTo(List<Line> lines, int from, String unread) {
    int slash = unread.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String tail = unread.substring(slash).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    if (tail.length() < 3) {
      return Optional.empty();
    }
    StringBuilder after = new StringBuilder();
    for (int k = from; k < lines.size(); k++) {
      after.append(lines.get(k).text()).append('\n'); // a heading may wrap
    }
    java.util.regex.Matcher m = ATTACHED_TO.matcher(after);
    while (m.find()) {
      Optional<NumberSymbol> written = NumberSymbol.parse(m.group("symbol"));
      if (written.isPresent()
          && written.get().canonical().toUpperCase(Locale.ROOT).endsWith(tail)) {
        LocalDate date =
            VietnameseDates.find(m.group("rest")).stream()
                .findFirst()
                .map(VietnameseDates.Match::date)
                .orElse(null);
        return Optional.of(new AttachedTo(written.get(), date));
      }
    }
    return Optional.empty();
  }

  /**
   * The issuer lines split where a new body starts: {@code UBND TỈNH HÀ TĨNH} / {@code SỞ NỘI VỤ}
   * is a parent body and the issuer; {@code ỦY BAN NHÂN DÂN} / {@code TỈNH THỪA THIÊN HUẾ} is one.
   */
  private static List<String> issuerGroups(List<Line> issuerLines) {
    List<String> groups = new ArrayList<>();
    Issuers issuers = Issuers.get();
    for (Line l : issuerLines) {
      String t = l.text();
      // An OCR-damaged name (TONG CYC THUE) starts a body as the name it spells would.
      String previous = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (previous != null && wrapsName(previous, t)) {
        // ỦY BAN THƯỜNG VỤ / QUỐC HỘI: one name wrapped, not a parent body and its own.
        groups.set(groups.size() - 1, previous + " " + t);
      } else if (groups.isEmpty()
          || issuers.atStart(t).isPresent()
          || issuers.atStart(issuers.respell(t)).isPresent()
          || BODY_START.matcher(t).find()) {
        groups.add(t);
      } else {
        groups.set(groups.size() - 1, groups.get(groups.size() - 1) + " " + t);
      }
    }
    // Respelt as whole groups, since a damaged name may wrap over two lines.
    groups.replaceAll(issuers::respell);
    return groups;
  }

  /** Whether {@code line} continues the name begun on {@code group}: together they name more. */
  private static boolean wrapsName(String group, String line) {
    Issuers issuers = Issuers.get();
    int alone = issuers.atStart(group).map(Issuers.Found::words).orElse(0);
    int groupWords = group.strip().split("\\s+").length;
    return alone < groupWords
        && issuers.atStart(group + " " + line).map(Issuers.Found::words).orElse(0) > groupWords;
  }

  /**
   * {@code Văn phòng} under {@code Ban Chấp hành Trung ương Đảng}: the Central Committee's organs
   * are named {@code Văn phòng Trung ương Đảng}, {@code Ban Tổ chức Trung ương}; the name the
   * lexicon knows, else {@code null}.
   */
  private static String centralOrgan(String own, String parent) {
    Issuers issuers = Issuers.get();
    boolean central =
        issuers.atStart(parent).map(f -> f.issuer().code().equals("TW")).orElse(false);
    if (!central) {
      return null;
    }
    for (String name : List.of(own + " Trung ương Đảng", own + " Trung ương")) {
      Optional<Issuers.Issuer> known = issuers.byName(name);
      if (known.isPresent()) {
        return known.get().name();
      }
    }
    return null;
  }

  /**
   * {@code Ban Thường vụ Tỉnh ủy} + Bắc Ninh → {@code Ban Thường vụ Tỉnh ủy Bắc Ninh}; {@code Ủy
   * ban nhân dân} + Huế → {@code Ủy ban nhân dân tỉnh Thừa Thiên Huế}; others unchanged.
   */
  private static String withProvince(String issuer, Provinces.Province province) {
    String lower = issuer.toLowerCase(Locale.ROOT);
    if (lower.endsWith(" tỉnh")
        || lower.endsWith(" thành phố")
        || lower.endsWith("tỉnh ủy")
        || lower.endsWith("thành ủy")
        || lower.endsWith("tỉnh uỷ")
        || lower.endsWith("thành uỷ")) {
      return issuer + " " + province.name();
    }
    if (lower.endsWith("ủy ban nhân dân") || lower.endsWith("hội đồng nhân dân")) {
      return issuer + " " + province.unit() + " " + province.name();
    }
    return issuer;
  }

  /**
   * A digital signature's stamp: its certificate line, the signer's line and the place line between
   * them ({@code CỤC CHỨNG THỰC SỐ …} / {@code Đồng Tháp} / {@code … đã ký lên văn bản này!}). The
   * place is the certificate's, which need not be the document's province.
   */
  private static final java.util.regex.Pattern SIGNING_STAMP =
      java.util.regex.Pattern.compile(
          "CHỨNG THỰC SỐ|đã ký lên văn bản|[Kk]ý bởi\\s*:|Thời gian ký\\s*:|Giờ ký\\s*:");

  private static boolean inSigningStamp(String text, int at) {
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    int lineEnd = text.indexOf('\n', at);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    int prevStart = lineStart == 0 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
    int nextEnd = lineEnd >= text.length() ? lineEnd : text.indexOf('\n', lineEnd + 1);
    nextEnd = nextEnd < 0 ? text.length() : nextEnd;
    String line = text.substring(lineStart, lineEnd);
    boolean placeAlone = line.strip().length() <= 40;
    return SIGNING_STAMP.matcher(line).find()
        || placeAlone
            && (SIGNING_STAMP.matcher(text.substring(prevStart, lineStart)).find()
                || SIGNING_STAMP.matcher(text.substring(lineEnd, nextEnd)).find());
  }

  /**
   * The province the body names most: a mention after a unit word ({@code tỉnh Bắc Ninh}) counts
   * twice, a bare one ({@code Báo Hà Tĩnh}) once; ties go to the first named.
   */
  static Provinces.Province inferProvince(String text) {
    Map<Provinces.Province, Integer> score = new HashMap<>();
    List<Provinces.Province> order = new ArrayList<>();
    for (Provinces.Mention m : Provinces.get().find(text)) {
      if (inSigningStamp(text, m.start())) {
        continue;
      }
      int weight = Provinces.hasUnitBefore(text, m.start()) ? 2 : 1;
      if (!score.containsKey(m.province())) {
        order.add(m.province());
      }
      score.merge(m.province(), weight, Integer::sum);
    }
    Provinces.Province best = null;
    for (Provinces.Province p : order) {
      if (best == null || score.get(p) > score.get(best)) {
        best = p;
      }
    }
    return best;
  }
}
