package vanban.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vanban.json.Json;
import vanban.lexicon.Provinces;
import vanban.normalize.VietnameseNormalizer;

/**
 * Writes a synthetic corpus of directives and the ground truth it planted.
 *
 * <p>Each document is a công văn, chỉ thị or kết luận of a province's People's Committee (state
 * punctuation, {@code 907/UBND-NV}) or Party committee ({@code 1567-CV/TU}), laid out as
 * DOMAIN.md §1 describes: issuing body, number, motto, place and date, subject, recipients, a
 * preamble citing instruments, a directive part with numbered items, must and must-not bullets,
 * and a signature. Citations use the shapes of DOMAIN.md §3: the common {@code <Type> số <symbol>
 * ngày … của … về …}, spaced symbols ({@code 26 CT/TW}, {@code 968 -CĐ/TTg}), date first
 * ({@code Ngày 22/7/2021, Ban Thường vụ Tỉnh ủy ban hành Kết luận số …}), a list head naming the
 * issuer for several symbols, and titles in quotes. Some cite an earlier generated document of
 * their province, so resolution is exercised at scale. Files are txt, html or docx.
 *
 * <p>The output depends only on the document count and the seed. Documents are written
 * under {@code docs/<province>/}; the truth is {@code truth.jsonl} in the output folder, one {@link PlantedDocument} per line, files sorted.
 */
public final class CorpusGenerator {
  /** The file of ground truth in the output folder. */
  public static final String TRUTH_FILE = "truth.jsonl";

  /**
   * The folder of the documents in the output folder, apart from the truth so that indexing it
   * indexes only documents ({@code vanban index OUT/docs}).
   */
  public static final String DOCS_FOLDER = "docs";

  private static final List<String> TOPICS =
      List.of(
          "tăng cường kỷ luật, kỷ cương hành chính",
          "nâng cao đạo đức công vụ trong cán bộ, công chức, viên chức",
          "đẩy mạnh cải cách thủ tục hành chính",
          "phòng, chống tham nhũng, tiêu cực",
          "thực hành tiết kiệm, chống lãng phí",
          "bảo đảm an toàn giao thông dịp Tết Nguyên đán",
          "phòng, chống thiên tai và tìm kiếm cứu nạn",
          "đẩy mạnh chuyển đổi số trong cơ quan nhà nước",
          "tăng cường công tác bảo vệ môi trường",
          "nâng cao chất lượng tiếp công dân, giải quyết khiếu nại, tố cáo",
          "siết chặt quản lý đất đai, trật tự xây dựng",
          "tổ chức đón Tết cho Nhân dân vui tươi, lành mạnh, an toàn",
          "phòng, chống dịch bệnh trên đàn gia súc, gia cầm",
          "tăng cường công tác phòng cháy, chữa cháy",
          "chấn chỉnh lề lối làm việc, văn hóa công sở",
          "đẩy nhanh tiến độ giải ngân vốn đầu tư công");

  private static final List<String> MUST =
      List.of(
          "Phải chấp hành nghiêm thời giờ làm việc, không đi muộn về sớm",
          "Phải đeo thẻ công chức, viên chức trong giờ làm việc",
          "Thực hiện nghiêm chế độ báo cáo định kỳ hằng tháng",
          "Chịu trách nhiệm trước Ban Thường vụ về kết quả thực hiện",
          "Phải công khai thủ tục hành chính tại nơi tiếp nhận hồ sơ",
          "Thực hiện nghiêm quy chế làm việc của cơ quan");

  private static final List<String> MUST_NOT =
      List.of(
          "Tuyệt đối không sử dụng rượu, bia trong giờ hành chính",
          "Không được sử dụng xe ô tô công trái quy định",
          "Nghiêm cấm gây khó khăn, phiền hà cho người dân và doanh nghiệp",
          "Không được làm việc riêng trong giờ làm việc",
          "Nghiêm cấm tổ chức tiệc tùng, liên hoan tràn lan");

  private static final List<String> SIGNERS =
      List.of(
          "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Minh Đức", "Hoàng Thị Hoa",
          "Võ Văn Hùng", "Đặng Quốc Khánh", "Bùi Thị Lan", "Đỗ Văn Long", "Ngô Thị Mai");

  /** Positions in the province table of the provinces most documents come from. */
  private static final int[] BUSY_PROVINCES = {0, 7, 12, 20, 33, 41};

  private static final List<String> UNITS = List.of("NV", "TH", "KT", "VX", "NC", "XD");

  /** A national instrument documents cite. */
  private record National(
      String type, String typeCode, String symbol, String written, String spaced,
      LocalDate date, String issuer, String title) {}

  /** A generated document others may cite. */
  private record Issued(PlantedDocument.Metadata meta, String file, boolean party) {}

  private final int docs;
  private final long seed;
  private final List<Provinces.Province> provinces;
  private final List<National> nationals = new ArrayList<>();

  public CorpusGenerator(int docs, long seed) {
    this.docs = docs;
    this.seed = seed;
    this.provinces =
        Provinces.get().all().stream()
            .filter(p -> p.successions().isEmpty() || !p.successions().firstKey().isBefore(LocalDate.of(2025, 1, 1)))
            .toList();
    SplittableRandom r = new SplittableRandom(seed ^ 0x5EEDL);
    for (int i = 0; i < 40; i++) {
      nationals.add(national(r, i));
    }
  }

  /** Writes the corpus and {@code truth.jsonl} into {@code out}; returns the truth. */
  public List<PlantedDocument> write(Path out) throws IOException {
    Files.createDirectories(out);
    List<PlantedDocument> truth = new ArrayList<>();
    Map<String, List<Issued>> byProvince = new HashMap<>();
    Map<String, Integer> numbers = new HashMap<>();
    try (Writer truthOut = Files.newBufferedWriter(out.resolve(TRUTH_FILE), StandardCharsets.UTF_8)) {
      for (int i = 0; i < docs; i++) {
        // One random stream per document: document i is the same whatever the corpus size.
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        PlantedDocument doc = document(i, r, byProvince, numbers, out);
        truthOut.write(Json.compact(doc));
        truthOut.write('\n');
        truth.add(doc);
      }
    }
    return truth;
  }

  private PlantedDocument document(
      int i, SplittableRandom r, Map<String, List<Issued>> byProvince, Map<String, Integer> numbers,
      Path out) throws IOException {
    // Half the documents come from a few busy provinces, as in a real collection; that is also
    // what gives documents earlier ones of their own province to cite.
    Provinces.Province province =
        r.nextBoolean()
            ? provinces.get(BUSY_PROVINCES[r.nextInt(BUSY_PROVINCES.length)] % provinces.size())
            : provinces.get(r.nextInt(provinces.size()));
    String pname = province.name();
    boolean city = province.unit().equals("thành phố");
    boolean party = r.nextBoolean();
    int kind = r.nextInt(3); // 0 công văn, 1 chỉ thị, 2 kết luận (Party) / công văn (state)
    String type;
    String code;
    if (party) {
      type = kind == 0 ? "Công văn" : kind == 1 ? "Chỉ thị" : "Kết luận";
      code = kind == 0 ? "CV" : kind == 1 ? "CT" : "KL";
    } else {
      type = kind == 1 ? "Chỉ thị" : "Công văn";
      code = kind == 1 ? "CT" : "CV";
    }
    LocalDate date = LocalDate.of(2017 + r.nextInt(8), 1, 1).plusDays(r.nextInt(365));
    String counterKey = pname + "|" + party + "|" + code + "|" + date.getYear();
    int number = numbers.merge(counterKey, 1 + r.nextInt(40), Integer::sum);
    String unit = UNITS.get(r.nextInt(UNITS.size()));
    String symbol;
    if (party) {
      symbol = number + "-" + code + "/TU";
    } else if (code.equals("CV")) {
      symbol = number + "/UBND-" + unit;
    } else {
      symbol = number + "/CT-UBND";
    }
    String topic = TOPICS.get(r.nextInt(TOPICS.size()));
    String subject = "Về " + topic + " trên địa bàn " + (city ? "thành phố" : "tỉnh");
    // A named type is issued by the standing committee or the chairman (the "CỦA …" line under
    // the type); a công văn by the body itself (gold: 002 is Ban Thường vụ Tỉnh ủy Bắc Ninh).
    String body = party ? (city ? "Thành ủy " : "Tỉnh ủy ") : "Ủy ban nhân dân " + (city ? "thành phố " : "tỉnh ");
    String issuer =
        code.equals("CV") ? body + pname : (party ? "Ban Thường vụ " : "Chủ tịch ") + body + pname;
    if (!party && code.equals("CV")) {
      subject = "V/v " + topic;
    }
    String format = switch (r.nextInt(10)) {
      case 0, 1 -> "html";
      case 2, 3 -> "docx";
      default -> "txt";
    };
    String file = DOCS_FOLDER + "/" + slug(pname) + "/" + String.format(Locale.ROOT, "%06d", i) + "." + format;
    PlantedDocument.Metadata meta =
        new PlantedDocument.Metadata(
            type, code, symbol, Integer.toString(number), issuer, pname, date, subject);

    List<String> lines = new ArrayList<>();
    List<PlantedCitation> cited = new ArrayList<>();
    List<String> obligations = new ArrayList<>();
    header(lines, meta, party, city, r);
    body(lines, meta, party, r, byProvince.getOrDefault(pname, List.of()), cited, obligations);
    signature(lines, party, r);

    Path target = out.resolve(file);
    Files.createDirectories(target.getParent());
    switch (format) {
      case "html" -> Files.writeString(target, html(lines), StandardCharsets.UTF_8);
      case "docx" -> docx(lines, target);
      default -> Files.writeString(target, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
    // Earlier documents dated before this one are what later ones can cite.
    byProvince.computeIfAbsent(pname, k -> new ArrayList<>()).add(new Issued(meta, file, party));
    return new PlantedDocument(file, format, meta, cited, obligations);
  }

  private static void header(
      List<String> lines, PlantedDocument.Metadata m, boolean party, boolean city,
      SplittableRandom r) {
    String upper = m.province().toUpperCase(Locale.forLanguageTag("vi"));
    if (party) {
      lines.add((city ? "THÀNH ỦY " : "TỈNH ỦY ") + upper);
      lines.add("*");
      lines.add("Số " + (r.nextInt(4) == 0 ? m.number() + " -" + m.symbol().substring(m.number().length() + 1) : m.symbol()));
      lines.add("");
      lines.add("ĐẢNG CỘNG SẢN VIỆT NAM");
    } else {
      lines.add("ỦY BAN NHÂN DÂN");
      lines.add((city ? "THÀNH PHỐ " : "TỈNH ") + upper);
      lines.add("");
      lines.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      lines.add("Độc lập - Tự do - Hạnh phúc");
      lines.add("");
      lines.add("Số: " + m.symbol());
    }
    lines.add("");
    lines.add(
        m.province() + ", ngày " + twoDigits(m.date().getDayOfMonth()) + " tháng "
            + twoDigits(m.date().getMonthValue()) + " năm " + m.date().getYear());
    lines.add("");
    if (m.typeCode().equals("CV")) {
      lines.add(m.subject());
      lines.add("");
      lines.add("Kính gửi:");
      lines.add("- Các sở, ban, ngành cấp tỉnh;");
      lines.add("- Ủy ban nhân dân các huyện, thị xã, thành phố.");
    } else {
      lines.add(m.type().toUpperCase(Locale.forLanguageTag("vi")));
      String unit = city ? "THÀNH" : "TỈNH";
      lines.add(party ? "CỦA BAN THƯỜNG VỤ " + unit + " ỦY" : "CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN " + (city ? "THÀNH PHỐ" : "TỈNH"));
      lines.add(m.subject());
    }
    lines.add("");
  }

  private void body(
      List<String> lines, PlantedDocument.Metadata m, boolean party, SplittableRandom r,
      List<Issued> earlier, List<PlantedCitation> cited, List<String> obligations) {
    StringBuilder p = new StringBuilder();
    p.append("Thời gian qua, các cơ quan, đơn vị đã triển khai thực hiện nghiêm túc các chủ trương")
        .append(" về ").append(m.subject().replaceFirst("^(V/v|Về) ", "")).append(". ");
    int n = 1 + r.nextInt(3);
    List<National> chosen = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      National x = nationals.get(r.nextInt(nationals.size()));
      if (!chosen.contains(x)) {
        chosen.add(x);
      }
    }
    for (National x : chosen) {
      int v = r.nextInt(4);
      String variant;
      String written;
      if (v == 0 && x.spaced() != null) {
        variant = x.typeCode().equals("CĐ") ? "spaced-state" : "spaced-party";
        written = x.spaced();
      } else {
        variant = v == 1 ? "quoted-title" : "common";
        written = x.written();
      }
      String title = variant.equals("quoted-title") ? "“Về " + x.title() + "”" : "về " + x.title();
      p.append("Thực hiện ").append(x.type()).append(" số ").append(written).append(" ngày ")
          .append(slashDate(x.date())).append(" của ").append(x.issuer()).append(' ')
          .append(title).append(", ");
      cited.add(new PlantedCitation(x.type(), x.typeCode(), x.symbol(), x.date(), x.issuer(), null, null, variant));
    }
    p.append("các cấp, các ngành đã có nhiều chuyển biến tích cực.");
    lines.add(p.toString());
    lines.add("");

    // A list head: one issuer for several Party symbols.
    if (r.nextInt(3) == 0) {
      List<National> party2 = nationals.stream().filter(x -> x.symbol().endsWith("/TW")).toList();
      National a = party2.get(r.nextInt(party2.size()));
      National b = party2.get(r.nextInt(party2.size()));
      if (a != b && cited.stream().noneMatch(c -> c.symbol().equals(a.symbol()) || c.symbol().equals(b.symbol()))) {
        lines.add(
            "Quán triệt các chỉ thị, kết luận của Bộ Chính trị, Ban Bí thư: Số " + a.symbol() + " ngày "
                + slashDate(a.date()) + " “Về " + a.title() + "”; số " + b.symbol() + " ngày "
                + slashDate(b.date()) + " “Về " + b.title() + "”.");
        lines.add("");
        for (National x : List.of(a, b)) {
          cited.add(new PlantedCitation(x.type(), x.typeCode(), x.symbol(), x.date(), "Bộ Chính trị, Ban Bí thư", null, null, "list-head"));
        }
      }
    }

    // An earlier document of the same province and body, cited so that it resolves.
    List<Issued> same = earlier.stream()
        .filter(e -> e.party() == party && e.meta().date().isBefore(m.date())
            && !e.meta().typeCode().equals("CV"))
        .toList();
    if (!same.isEmpty() && r.nextInt(2) == 0) {
      Issued e = same.get(r.nextInt(same.size()));
      PlantedDocument.Metadata em = e.meta();
      String topic = em.subject().replaceFirst("^(V/v|Về) ", "");
      String body = party ? "Ban Thường vụ Tỉnh ủy" : "Chủ tịch Ủy ban nhân dân tỉnh";
      if (r.nextBoolean()) {
        lines.add(
            "Ngày " + slashDate(em.date()) + ", " + body + " ban hành " + em.type() + " số "
                + em.symbol() + " về " + topic + ". Nhìn chung các cơ quan, đơn vị đã thực hiện"
                + " nghiêm túc, tạo chuyển biến tích cực.");
        cited.add(new PlantedCitation(em.type(), em.typeCode(), em.symbol(), em.date(), body, em.province(), e.file(), "date-first"));
      } else {
        lines.add(
            "Tiếp tục thực hiện " + em.type() + " số " + em.symbol() + " ngày " + slashDate(em.date())
                + " của " + body + " về " + topic + ".");
        cited.add(new PlantedCitation(em.type(), em.typeCode(), em.symbol(), em.date(), body, em.province(), e.file(), "common"));
      }
      lines.add("");
    }

    lines.add("Tuy nhiên, vẫn còn tình trạng một số cán bộ, công chức chưa chấp hành nghiêm quy định.");
    lines.add("");
    lines.add(
        (party ? "Ban Thường vụ Tỉnh ủy" : "Chủ tịch Ủy ban nhân dân tỉnh")
            + " yêu cầu các cơ quan, đơn vị thực hiện nghiêm túc các nội dung sau:");
    lines.add("");
    lines.add("1. Những việc phải làm:");
    for (String must : pick(MUST, 2 + r.nextInt(2), r)) {
      lines.add("- " + must + ".");
      obligations.add("must: " + must);
    }
    lines.add("2. Những việc không được làm:");
    for (String not : pick(MUST_NOT, 1 + r.nextInt(2), r)) {
      lines.add("- " + not + ".");
      obligations.add("mustNot: " + not);
    }
    lines.add("3. Định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện về Văn phòng.");
    lines.add("");
  }

  private static void signature(List<String> lines, boolean party, SplittableRandom r) {
    lines.add("Nơi nhận:");
    lines.add("- Như trên;");
    lines.add("- Lưu: VT.");
    lines.add("");
    if (party) {
      lines.add("T/M BAN THƯỜNG VỤ");
      lines.add("PHÓ BÍ THƯ");
    } else {
      lines.add("CHỦ TỊCH");
    }
    lines.add("(Đã ký)");
    lines.add(SIGNERS.get(r.nextInt(SIGNERS.size())));
  }

  private static List<String> pick(List<String> from, int n, SplittableRandom r) {
    List<String> pool = new ArrayList<>(from);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n && !pool.isEmpty(); i++) {
      out.add(pool.remove(r.nextInt(pool.size())));
    }
    return out;
  }

  private National national(SplittableRandom r, int i) {
    String topic = TOPICS.get(r.nextInt(TOPICS.size()));
    LocalDate date = LocalDate.of(2012 + r.nextInt(5), 1, 1).plusDays(r.nextInt(365));
    int number = 1 + r.nextInt(90) + 100 * (i % 3);
    switch (i % 4) {
      case 0: {
        String s = number + "/CT-TTg";
        return new National("Chỉ thị", "CT", s, s, null, date, "Thủ tướng Chính phủ", topic);
      }
      case 1: {
        String s = number + "/CĐ-TTg";
        return new National("Công điện", "CĐ", s, s, number + " -CĐ/TTg", date, "Thủ tướng Chính phủ", topic);
      }
      case 2: {
        String s = number + "-CT/TW";
        return new National("Chỉ thị", "CT", s, s, number + " CT/TW", date, "Ban Bí thư", topic);
      }
      default: {
        String s = number + "-KL/TW";
        return new National("Kết luận", "KL", s, s, number + " KL/TW", date, "Bộ Chính trị", topic);
      }
    }
  }

  private static String html(List<String> lines) {
    StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        + "<title>Văn bản</title></head><body>\n");
    for (String line : lines) {
      if (!line.isEmpty()) {
        s.append("<p>").append(escape(line)).append("</p>\n");
      }
    }
    return s.append("</body></html>\n").toString();
  }

  private static void docx(List<String> lines, Path target) throws IOException {
    try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
      for (String line : lines) {
        d.createParagraph().createRun().setText(line);
      }
      d.write(out);
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String slashDate(LocalDate d) {
    return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** A folder name for a province: {@code Hà Tĩnh} → {@code ha-tinh}. */
  static String slug(String name) {
    return VietnameseNormalizer.stripDiacritics(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
