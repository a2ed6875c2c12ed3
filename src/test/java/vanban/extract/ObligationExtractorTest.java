package vanban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vanban.model.Obligation;
import vanban.normalize.VietnameseNormalizer;
import vanban.structure.StructureParser;

/** Obligations of the five seeds read against their texts, and of shapes the seeds do not show. */
class ObligationExtractorTest {
  private static final ObligationExtractor EXTRACTOR = new ObligationExtractor();

  private static String normalized(String raw) {
    return new VietnameseNormalizer().normalize(raw).text();
  }

  private static List<Obligation> ofText(String text) {
    return EXTRACTOR.extract(text, new StructureParser().parse(text));
  }

  private static List<Obligation> seed(String prefix) throws IOException {
    try (var files = Files.list(Path.of("corpus"))) {
      Path file =
          files
              .filter(
                  f ->
                      f.getFileName().toString().startsWith(prefix)
                          && f.toString().endsWith(".txt"))
              .findFirst()
              .orElseThrow();
      return ofText(normalized(Files.readString(file)));
    }
  }

  /** "section modality" → how many. */
  private static Map<String, Integer> counts(List<Obligation> obligations) {
    Map<String, Integer> out = new TreeMap<>();
    for (Obligation o : obligations) {
      out.merge(o.section() + " " + o.modality(), 1, Integer::sum);
    }
    return out;
  }

  private static List<Obligation> where(List<Obligation> all, Predicate<Obligation> p) {
    return all.stream().filter(p).toList();
  }

  @Test
  void conclusion004ListsComeOutItemByItemWithTheirHeadingsModality() throws IOException {
    List<Obligation> all = seed("004");
    // 2.1 "Những việc phải thực hiện thường xuyên": 11 bullets (000 cites them as "11 việc phải
    // thực hiện thường xuyên"); 2.2 "Những việc không được làm": 10 bullets.
    assertThat(counts(all))
        .containsEntry("2.1 must", 11)
        .containsEntry("2.2 must-not", 10)
        .doesNotContainKeys("2.1 must-not", "2.2 must")
        // 3: 10 bullets, one of them responsible, plus "…; không được duy ý chí" of a must bullet.
        .containsEntry("3 must", 9)
        .containsEntry("3 responsible", 1)
        .containsEntry("3 must-not", 1);
    assertThat(where(all, o -> "2.2".equals(o.section())))
        .allSatisfy(o -> assertThat(o.actor()).isEqualTo("Cán bộ, công chức, viên chức"));
    Obligation alcohol = where(all, o -> o.text().startsWith("Sử dụng rượu, bia")).get(0);
    assertThat(alcohol.modality()).isEqualTo("must-not");
    assertThat(alcohol.action())
        .isEqualTo(
            "sử dụng rượu, bia ngay trước, trong giờ làm việc, giờ nghỉ trưa các ngày làm việc");
    assertThat(alcohol.themes()).contains("alcohol", "working-hours");
    // "Ngoài việc …, người đứng đầu cần thực hiện tốt các yêu cầu sau:" names the actor of 3's
    // bullets.
    assertThat(where(all, o -> "3".equals(o.section())))
        .allSatisfy(o -> assertThat(o.actor()).isEqualTo("người đứng đầu"));
    Obligation report =
        where(all, o -> o.text().contains("định kỳ 6 tháng, hằng năm báo cáo")).get(0);
    assertThat(report.frequency()).isEqualTo("semiannual");
    assertThat(FrequencyCues.all(report.text())).containsExactly("semiannual", "annual");
    assertThat(report.reportTo()).isEqualTo("Ban Thường vụ Tỉnh ủy");
    assertThat(report.themes()).contains("reporting");
    // Nothing from the preamble ("vẫn còn … đi muộn, về sớm …").
    assertThat(all).noneMatch(o -> o.text().contains("vẫn còn"));
  }

  @Test
  void letter000SplitsItsProhibitionsAndKeepsThePreambleOut() throws IOException {
    List<Obligation> all = seed("000");
    // The preamble's "sử dụng rượu bia trong giờ hành chính" describes a violation.
    assertThat(all).noneMatch(o -> o.themes().contains("alcohol"));
    Obligation car =
        where(all, o -> o.text().startsWith("Tuyệt đối không sử dụng xe ô tô công")).get(0);
    assertThat(car.modality()).isEqualTo("must-not");
    assertThat(car.section()).isEqualTo("2");
    assertThat(car.themes()).contains("public-vehicles");
    Obligation head = where(all, o -> o.modality().equals("responsible")).get(0);
    assertThat(head.actor()).isEqualTo("Người đứng đầu cơ quan, đơn vị");
    assertThat(head.text()).startsWith("Người đứng đầu cơ quan, đơn vị phải chịu trách nhiệm nếu");
    assertThat(where(all, o -> "1".equals(o.section())))
        .hasSize(4)
        .allSatisfy(o -> assertThat(o.actor()).startsWith("cấp ủy, tổ chức đảng, chính quyền"));
    assertThat(where(all, o -> o.themes().contains("one-stop-shop"))).hasSize(1);
    Obligation office = all.get(all.size() - 1);
    assertThat(office.actor()).isEqualTo("Văn phòng Tỉnh ủy");
    assertThat(office.frequency()).isEqualTo("periodic");
    assertThat(office.reportTo()).isEqualTo("Ban Thường vụ Tỉnh ủy");
  }

  @Test
  void letter001TakesItsActorFromTheLeadIn() throws IOException {
    List<Obligation> all = seed("001");
    assertThat(where(all, o -> o.section() != null)).hasSize(6);
    assertThat(all.get(0).actor())
        .isEqualTo(
            "Thủ trưởng các Sở, ban, ngành cấp tỉnh và Chủ tịch UBND các huyện, thị xã, thành phố"
                + " Huế");
    assertThat(where(all, o -> o.themes().contains("one-stop-shop")))
        .extracting(Obligation::section)
        .containsExactly("5");
    // The preamble's bullets ("- Việc quán triệt … còn hình thức") are problems, not duties.
    assertThat(all).noneMatch(o -> o.text().startsWith("Việc quán triệt"));
  }

  @Test
  void directive002ForbidsAlcoholAndHasItsInspectorsReport() throws IOException {
    List<Obligation> all = seed("002");
    Obligation never = where(all, o -> o.text().startsWith("Tuyệt đối không vi phạm")).get(0);
    assertThat(never.modality()).isEqualTo("must-not");
    assertThat(never.section()).isEqualTo("3");
    assertThat(never.actor()).isEqualTo("Cán bộ, đảng viên, công chức, viên chức, người lao động");
    assertThat(never.themes()).contains("alcohol", "smoking", "social-evils", "traffic-safety");
    Obligation inspectors = where(all, o -> "6".equals(o.section())).get(0);
    assertThat(inspectors.actor()).isEqualTo("Ủy ban Kiểm tra Tỉnh ủy");
    assertThat(inspectors.reportTo()).isEqualTo("Ban Thường vụ Tỉnh ủy");
    Obligation answerable = where(all, o -> o.modality().equals("responsible")).get(0);
    assertThat(answerable.actor())
        .isEqualTo("Người đứng đầu cấp ủy, Thủ trưởng các cơ quan, đơn vị, địa phương");
    // "Chỉ thị này phổ biến đến Chi bộ./." speaks of the document, not of a duty.
    assertThat(all).noneMatch(o -> o.text().startsWith("Chỉ thị này"));
  }

  @Test
  void letter003InheritsActorsFromItsHeadingsAndReportsPeriodically() throws IOException {
    List<Obligation> all = seed("003");
    assertThat(where(all, o -> "3".equals(o.section())))
        .hasSize(2)
        .allSatisfy(
            o ->
                assertThat(o.actor())
                    .isEqualTo("Đảng ủy các cơ quan Đảng tỉnh, Đảng ủy UBND tỉnh"));
    assertThat(where(all, o -> o.themes().contains("kpi")))
        .extracting(Obligation::section)
        .containsExactly("3");
    Obligation closing = all.get(all.size() - 1);
    assertThat(closing.actor()).isEqualTo("Ban Nội chính Tỉnh ủy");
    assertThat(closing.frequency()).isEqualTo("periodic");
    assertThat(closing.reportTo()).isEqualTo("Ban Thường vụ Tỉnh ủy");
    assertThat(where(all, o -> o.modality().equals("encouraged"))).hasSize(1);
    assertThat(where(all, o -> "6".equals(o.section())))
        .extracting(Obligation::frequency)
        .containsExactly("monthly");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void spansPointAtTheTextAndComeInOrder(String prefix) throws IOException {
    try (var files = Files.list(Path.of("corpus"))) {
      Path file =
          files
              .filter(
                  f ->
                      f.getFileName().toString().startsWith(prefix)
                          && f.toString().endsWith(".txt"))
              .findFirst()
              .orElseThrow();
      String text = normalized(Files.readString(file));
      List<Obligation> all = ofText(text);
      assertThat(all).isNotEmpty();
      int last = -1;
      for (Obligation o : all) {
        assertThat(text.substring(o.span().start(), o.span().end())).isEqualTo(o.text());
        assertThat(o.text()).doesNotContain("\n");
        assertThat(o.span().start()).isGreaterThan(last);
        last = o.span().start();
      }
    }
  }

  /** A minimal công văn around one directive item. */
  private static String letter(String preamble, String item) {
    return String.join(
        "\n",
        "ỦY BAN NHÂN DÂN",
        "TỈNH HÀ TĨNH",
        "Số: 12/UBND-NV",
        "Hà Tĩnh, ngày 01 tháng 12 năm 2026",
        "V/v chấn chỉnh kỷ luật, kỷ cương hành chính",
        "Kính gửi: Các sở, ban, ngành cấp tỉnh.",
        preamble,
        "Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành cấp tỉnh thực hiện nghiêm các nội dung sau:",
        "1. " + item,
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        "CHỦ TỊCH",
        "Nguyễn Văn A");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        // item | modality | actor | frequency | deadline | reportTo
        "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan kiểm tra việc thực hiện, tổng"
            + " hợp báo cáo UBND tỉnh trước ngày 15/12/2026. | must | Sở Nội vụ | null | 2026-12-15"
            + " | UBND tỉnh",
        "Nghiêm cấm cán bộ, công chức sử dụng rượu, bia trong giờ làm việc."
            + " | must-not | các sở, ban, ngành cấp tỉnh | null | null | null",
        "Khuyến khích cán bộ, công chức đi làm bằng xe đạp, phương tiện công cộng."
            + " | encouraged | các sở, ban, ngành cấp tỉnh | null | null | null",
        "Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra vi"
            + " phạm. | responsible | Thủ trưởng các cơ quan, đơn vị | null | null | null",
        "Sở Nội vụ theo dõi, hằng quý báo cáo Chủ tịch UBND tỉnh."
            + " | must | Sở Nội vụ | quarterly | null | Chủ tịch UBND tỉnh",
        "Không được sử dụng mạng xã hội để đăng tải thông tin chưa được kiểm chứng."
            + " | must-not | các sở, ban, ngành cấp tỉnh | null | null | null",
      })
  void shapesTheSeedsDoNotShow(
      String item,
      String modality,
      String actor,
      String frequency,
      String deadline,
      String reportTo) {
    String text =
        normalized(
            letter("Thời gian qua, các cơ quan đã thực hiện tốt việc chấp hành kỷ luật.", item));
    List<Obligation> all = ofText(text);
    assertThat(all).hasSize(1);
    Obligation o = all.get(0);
    assertThat(o.modality()).isEqualTo(modality);
    assertThat(o.actor()).isEqualTo(actor);
    assertThat(o.frequency()).isEqualTo(frequency);
    assertThat(o.deadline()).isEqualTo(deadline);
    assertThat(o.reportTo()).isEqualTo(reportTo);
    assertThat(o.section()).isEqualTo("1");
  }

  @Test
  void preambleViolationsAreNotObligations() {
    String text =
        normalized(
            letter(
                "Tuy nhiên, vẫn còn tình trạng cán bộ đi muộn, về sớm, sử dụng rượu bia trong giờ"
                    + " hành chính; không được xử lý kịp thời.",
                "Tăng cường kiểm tra đột xuất việc chấp hành giờ giấc làm việc."));
    List<Obligation> all = ofText(text);
    assertThat(all).hasSize(1);
    assertThat(all.get(0).themes())
        .doesNotContain("alcohol")
        .contains("working-hours", "inspection");
    assertThat(all.get(0).frequency()).isEqualTo("ad-hoc");
  }

  @Test
  void aDocumentWithoutDirectivePartHasNoObligations() {
    assertThat(
            ofText("Báo cáo tình hình năm 2026.\nTuy nhiên, vẫn còn tình trạng sử dụng rượu bia."))
        .isEmpty();
    assertThat(ofText("")).isEmpty();
  }

  /** A plan's task lines as real kế hoạch print them (devset/RULES.md S5, S7). */
  private static String plan(String... items) {
    return planBy("Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung sau:", items);
  }

  /** A plan whose lead-in line (before its first item) is {@code leadIn}. */
  private static String planBy(String leadIn, String... items) {
    List<String> lines = new java.util.ArrayList<>(List.of(
        "ỦY BAN NHÂN DÂN",
        "TỈNH HÀ TĨNH",
        "Số: 15/KH-UBND",
        "Hà Tĩnh, ngày 01 tháng 12 năm 2025",
        "KẾ HOẠCH",
        "Triển khai công tác bầu cử",
        leadIn));
    lines.addAll(List.of(items));
    lines.addAll(List.of("Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"));
    return normalized(String.join("\n", lines));
  }

  @Test
  void aTasksFieldLinesGiveItsLeadAndDeadlineAndAreNoUnits() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Xây dựng và ban hành hướng dẫn công tác bầu cử trên địa bàn tỉnh.",
                "- Bảo đảm thống nhất với hướng dẫn của cấp trên và đúng quy định pháp luật.",
                "- Thời gian hoàn thành: Từ tháng 12/2025 đến Quý I/2026.",
                "- Đơn vị chủ trì: Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh vực nội chính",
                "- Đơn vị phối hợp: Các sở, ban, ngành.",
                "2. Tổ chức hội nghị tiếp xúc cử tri theo quy định.",
                "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan.",
                "- Thời gian thực hiện: Thực hiện thường xuyên hằng năm."));
    assertThat(all).extracting(Obligation::text).noneMatch(t -> t.contains(":"));
    assertThat(all).hasSize(3);
    assertThat(all.subList(0, 2))
        .allSatisfy(
            o -> {
              assertThat(o.actor()).isEqualTo("Phó Chủ tịch Thường trực");
              assertThat(o.deadline()).isEqualTo("2026-03");
            });
    assertThat(all.get(2).actor()).isEqualTo("Sở Nội vụ");
    assertThat(all.get(2).frequency()).isEqualTo("annual");
  }

  @Test
  void slogansChecklistsRatesAndMembersAreNoDuties() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Tuyên truyền cuộc bầu cử trên các phương tiện thông tin đại chúng.",
                "- Ngày bầu cử là Ngày hội của toàn dân!",
                "2. Kiểm tra, giám sát công tác bầu cử, cụ thể:",
                "- Việc niêm yết danh sách cử tri theo quy định của Luật Bầu cử;",
                "- Tờ khai đề nghị tặng Huy hiệu Đảng có xác nhận của chi bộ;",
                "3. Chi bồi dưỡng các cuộc họp:",
                "- Chủ trì cuộc họp: 500.000 đồng/người/buổi;",
                "4. Thành phần Ban chỉ đạo:",
                "- Ông Nguyễn Văn Bình, Phó Chủ tịch UBND tỉnh, Trưởng ban;",
                "- Việc tổ chức hội nghị phải bảo đảm đúng thành phần, thời gian."));
    assertThat(all)
        .extracting(Obligation::text)
        .containsExactly(
            "Tuyên truyền cuộc bầu cử trên các phương tiện thông tin đại chúng.",
            "Kiểm tra, giám sát công tác bầu cử, cụ thể:",
            "Việc tổ chức hội nghị phải bảo đảm đúng thành phần, thời gian.");
  }

  @Test
  void labelsTitlesAndAssignmentHeadingsNameTheActor() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Giao Sở Công Thương:",
                "a) Theo dõi giá cả thị trường trên địa bàn tỉnh.",
                "2. Nhiệm vụ của Tổ công tác liên ngành:",
                "- Tiếp nhận, tổng hợp ý kiến của cử tri.",
                "3. Chi bộ",
                "Xem xét hồ sơ của đảng viên và đề nghị cấp trên.",
                "4. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung, chỉ đạo"
                    + " các thành viên.",
                "5. Quản lý thị trường: Ủy ban nhân dân các xã là đầu mối kiểm tra các cửa hàng.",
                "6. Các phòng chuyên môn căn cứ vào nhiệm vụ được giao xây dựng kế hoạch thực"
                    + " hiện.",
                "7. Ủy ban nhân dân xã tổ chức hội nghị với các nội dung: Tuyên truyền, vận động"
                    + " cử tri."));
    assertThat(all)
        .extracting(Obligation::actor)
        .containsExactly(
            "Sở Công Thương",
            "Tổ công tác liên ngành",
            "Chi bộ",
            "Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban",
            "Ủy ban nhân dân các xã",
            "Các phòng chuyên môn",
            "Ủy ban nhân dân xã");
  }

  @Test
  void aRequestToABodyIsEncouragedAndNamesWhomItAsks() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Đề nghị Hội Nông dân tỉnh tuyên truyền, vận động hội viên tham gia bầu cử.",
                "2. Trên cơ sở đó, Sở Tài chính đề nghị các bộ, ngành cung cấp số liệu trước ngày"
                    + " 15/12/2025.",
                "3. Đảng viên đề nghị xét sớm: gửi bệnh án của đảng viên về chi bộ.",
                "4. Văn phòng Chính phủ trân trọng đề nghị:",
                "- Bộ Y tế: Cử đại diện lãnh đạo dự Hội nghị."));
    assertThat(all)
        .extracting(Obligation::modality, Obligation::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("encouraged", "Hội Nông dân tỉnh"),
            org.assertj.core.groups.Tuple.tuple("encouraged", "các bộ, ngành"),
            org.assertj.core.groups.Tuple.tuple("must", "Đảng viên"),
            org.assertj.core.groups.Tuple.tuple("encouraged", "Bộ Y tế"));
  }

  @Test
  void purposesBindOnlyWhenTheySaySoAndRequirementsAlwaysBind() {
    List<Obligation> all =
        ofText(
            plan(
                "I. MỤC ĐÍCH - YÊU CẦU",
                "1. Mục đích",
                "- Nhằm đảm bảo cuộc bầu cử diễn ra dân chủ, đúng pháp luật.",
                "- Phát hiện kịp thời thiếu sót để kiến nghị xử lý, đảm bảo khách quan.",
                "- Bảo đảm quyền ứng cử của công dân được thực hiện đầy đủ.",
                "2. Yêu cầu",
                "- Nội dung tuyên truyền bám sát các văn bản chỉ đạo của cấp trên."));
    assertThat(all)
        .extracting(Obligation::text)
        .containsExactly(
            "Bảo đảm quyền ứng cử của công dân được thực hiện đầy đủ.",
            "Nội dung tuyên truyền bám sát các văn bản chỉ đạo của cấp trên.");
  }

  @Test
  void listsOfAttendeesDocumentsAndProgrammeStepsAreNoDuties() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Thành phần dự hội nghị",
                "- Lãnh đạo các sở: Tư pháp, Nội vụ, Tài chính.",
                "- Đại diện các phòng, đơn vị tham dự hội nghị.",
                "- Ủy ban nhân dân các xã chịu trách nhiệm bố trí điểm cầu trực tuyến.",
                "2. Hồ sơ đề nghị khen thưởng",
                "- Tờ trình, danh sách đề nghị khen thưởng của đơn vị.",
                "- Báo cáo thành tích phải có xác nhận của cấp ủy.",
                "3. Chương trình buổi lễ",
                "- Chào cờ, tuyên bố lý do, giới thiệu đại biểu.",
                "- Công bố quyết định khen thưởng."));
    assertThat(all)
        .extracting(Obligation::text)
        .containsExactly(
            "Ủy ban nhân dân các xã chịu trách nhiệm bố trí điểm cầu trực tuyến.",
            "Báo cáo thành tích phải có xác nhận của cấp ủy.");
  }

  @Test
  void anInspectionIsAUnitAndWhatItChecksIsNot() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Giám sát việc lập danh sách cử tri",
                "- Ủy ban MTTQ xã giám sát việc lập danh sách cử tri theo quy định. Cụ thể:",
                "- Đảm bảo tư cách cử tri và ghi tên cử tri vào danh sách;",
                "- Việc niêm yết danh sách cử tri phải đúng thời hạn;",
                "2. Kiểm tra công tác chuẩn bị bầu cử",
                "Kiểm tra việc bố trí khu vực bỏ phiếu tại các tổ bầu cử. Cụ thể các nội dung:",
                "- Bảo đảm khoảng cách giữa nơi nhận phiếu và hòm phiếu.",
                "3. Tổ bầu cử niêm phong hòm phiếu trước giờ bỏ phiếu."));
    assertThat(all)
        .extracting(Obligation::text)
        .containsExactly(
            "Ủy ban MTTQ xã giám sát việc lập danh sách cử tri theo quy định. Cụ thể:",
            "Kiểm tra việc bố trí khu vực bỏ phiếu tại các tổ bầu cử. Cụ thể các nội dung:",
            "Tổ bầu cử niêm phong hòm phiếu trước giờ bỏ phiếu.");
  }

  @Test
  void aLongTitleOverNumberedSubItemsIsNoUnit() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Tổ chức theo dõi, tổng hợp, kiểm tra, giám sát và đánh giá việc chuẩn bị công"
                    + " tác bầu cử của các cơ quan, đơn vị trên địa bàn tỉnh",
                "1.1. Tham gia các đoàn kiểm tra của cấp trên khi có yêu cầu.",
                "1.2. Tổng hợp khó khăn, vướng mắc để kiến nghị xử lý."));
    assertThat(all)
        .extracting(Obligation::text)
        .containsExactly(
            "Tham gia các đoàn kiểm tra của cấp trên khi có yêu cầu.",
            "Tổng hợp khó khăn, vướng mắc để kiến nghị xử lý.");
  }

  @Test
  void aClosingSummaryBindsOnlyThroughItsRequest() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Sở Nội vụ tổng hợp kết quả thực hiện.",
                "Trên đây là Kế hoạch triển khai công tác bầu cử của tỉnh, đề nghị các sở, ban,"
                    + " ngành nghiêm túc thực hiện.",
                "Trên đây là ý kiến của Sở Tư pháp về việc tổ chức lại đơn vị."));
    assertThat(all).hasSize(2);
    assertThat(all.get(1).text()).startsWith("đề nghị các sở, ban, ngành");
    assertThat(all.get(1).actor()).isEqualTo("các sở, ban, ngành");
    assertThat(all.get(1).modality()).isEqualTo("encouraged");
  }

  @Test
  void aTimeLineWithoutValueAndTheLinesUnderItAreNoUnits() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Tuyên truyền trên hệ thống loa truyền thanh cơ sở.",
                "- Thời gian thực hiện:",
                "- Đợt đầu: Từ khi triển khai, tổ chức hội nghị đến hết tháng 01/2026.",
                "- Đợt sau: Tổ chức tuyên truyền từ tháng 02/2026 đến ngày bầu cử.",
                "2. Thời gian tuyên truyền:",
                "Thực hiện theo lộ trình tại mục 1 của Kế hoạch này.",
                "3. Sở Văn hóa tổ chức tuyên truyền cổ động trực quan."));
    assertThat(all)
        .extracting(Obligation::text)
        .containsExactly(
            "Tuyên truyền trên hệ thống loa truyền thanh cơ sở.",
            "Sở Văn hóa tổ chức tuyên truyền cổ động trực quan.");
  }

  @Test
  void fieldsAfterTheLastSubItemAreTheGroupsAndAnItemsFieldsDoNotOverrideItsSubItems() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Kiểm tra, giám sát công tác bầu cử",
                "1.1. Tham gia các đoàn kiểm tra của cấp trên khi có yêu cầu.",
                "1.2. Tổng hợp, báo cáo khó khăn, vướng mắc.",
                "1.3. Theo dõi, đôn đốc việc thực hiện.",
                "- Đơn vị chủ trì: Đồng chí Phó Chủ tịch Thường trực",
                "- Thời gian thực hiện: Quý I/2026.",
                "2. Nâng cao hiệu quả quản lý lao động",
                "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở.",
                "2.1. Rà soát các quy trình giải quyết tranh chấp lao động.",
                "- Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ.",
                "- Thời gian thực hiện: Thường xuyên hằng năm."));
    assertThat(all.subList(0, 3))
        .allSatisfy(
            o -> {
              assertThat(o.actor()).isEqualTo("Phó Chủ tịch Thường trực");
              assertThat(o.deadline()).isEqualTo("2026-03");
            });
    assertThat(all.get(3).text()).startsWith("Rà soát");
    assertThat(all.get(3).actor()).isEqualTo("Sở Tư pháp");
  }

  @Test
  void aPlansAuthorActsForItemsThatNameNobodyWhenThePlanNamesItActing() {
    String[] items = {
      "I. MỤC ĐÍCH, YÊU CẦU",
      "- Bảo đảm cuộc bầu cử diễn ra dân chủ, đúng pháp luật.",
      "II. NỘI DUNG",
      "1. Ban Thường trực Ủy ban MTTQ xã giám sát việc lập danh sách cử tri.",
      "2. Tiếp nhận, xử lý đơn thư khiếu nại của cử tri."
    };
    List<Obligation> acting =
        ofText(
            planBy(
                "Ban Thường trực Ủy ban MTTQ xã Tân Lập xây dựng kế hoạch giám sát công tác bầu"
                    + " cử như sau:",
                items));
    assertThat(acting)
        .extracting(Obligation::actor)
        .containsExactly(null, "Ban Thường trực Ủy ban MTTQ xã", "Ban Thường trực Ủy ban MTTQ xã");
    List<Obligation> listing =
        ofText(
            planBy(
                "Tiểu ban tuyên truyền xây dựng kế hoạch tuyên truyền như sau:",
                "1. Tuyên truyền ý nghĩa của cuộc bầu cử.",
                "2. Tuyên truyền tiêu chuẩn đại biểu."));
    assertThat(listing).extracting(Obligation::actor).containsOnlyNulls();
  }

  @Test
  void aHeadingRestatedUnderItIsNoUnitAndAnInspectionTitleHasAChecklist() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Giám sát việc thành lập các tổ chức phụ trách bầu cử của xã",
                "- Ủy ban MTTQ xã giám sát việc thành lập các tổ chức phụ trách bầu cử của xã.",
                "- Việc ban hành các văn bản liên quan đến công tác bầu cử;",
                "2. Kiểm tra việc tổ chức hội nghị tiếp xúc cử tri của người ứng cử",
                "- Đảm bảo các nội dung của chương trình hội nghị.",
                "- Đảm bảo công bằng về số lượng hội nghị giữa những người ứng cử."));
    assertThat(all)
        .extracting(Obligation::text)
        .containsExactly(
            "Ủy ban MTTQ xã giám sát việc thành lập các tổ chức phụ trách bầu cử của xã.",
            "Kiểm tra việc tổ chức hội nghị tiếp xúc cử tri của người ứng cử");
  }

  @Test
  void reasonsSpendingItemsAndBackgroundAreNoDuties() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Các hội có tên dưới đây tổ chức giải thể theo quy định.",
                "Lý do: Vi phạm quy định về tổ chức và hoạt động hội, cụ thể như sau:",
                "a) Hội Làm vườn xã: Không tổ chức đại hội nhiệm kỳ; không báo cáo hoạt động.",
                "b) Hội Khuyến học xã: Quá thời gian tổ chức đại hội nhiệm kỳ.",
                "2. Chi thuê hội trường phục vụ hội nghị: Thực hiện theo quy định hiện hành.",
                "3. Đến nay, các đơn vị đã hoàn thành việc sắp xếp bộ máy.",
                "4. Nay Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, quyết định."));
    assertThat(all)
        .extracting(Obligation::text)
        .containsExactly("Các hội có tên dưới đây tổ chức giải thể theo quy định.");
  }

  @Test
  void actorsBeforeVerbsOfAttendingMeetingAndAgreeingAndAfterLinkingOpeners() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Các sở, ngành, địa phương dự Hội nghị đúng thành phần được mời.",
                "2. Các đồng chí Thường trực Đảng ủy xã dự và trao Huy hiệu Đảng cho đảng viên.",
                "3. Đoàn công tác của tỉnh làm việc với Ủy ban nhân dân các xã về tiến độ giải"
                    + " ngân.",
                "4. Hội Nông dân xã Phối hợp với Đoàn Thanh niên tổ chức ra quân làm vệ sinh.",
                "5. Ủy ban nhân dân các xã thống nhất với Ban Chỉ huy Quân sự về địa điểm tập kết và"
                    + " bố trí lực lượng.",
                "6. Theo đó, Ủy ban nhân dân các xã có trách nhiệm rà soát danh sách hộ nghèo.",
                "7. Cùng với nguồn vốn của tỉnh, Ủy ban nhân dân các huyện bố trí thêm kinh phí.",
                "8. Các đơn vị dự án trọng điểm chủ động lập kế hoạch giải phóng mặt bằng."));
    assertThat(all)
        .extracting(Obligation::actor)
        .containsExactly(
            "Các sở, ngành, địa phương",
            "Các đồng chí Thường trực Đảng ủy xã",
            "Đoàn công tác của tỉnh",
            "Hội Nông dân xã",
            "Ủy ban nhân dân các xã",
            "Ủy ban nhân dân các xã",
            "Ủy ban nhân dân các huyện",
            "Các đơn vị dự án trọng điểm");
  }

  @Test
  void verbsInsideNamesAndVerbsHandingThingsOverDoNotEndTheActor() {
    List<Obligation> all =
        ofText(
            plan(
                // "giao" inside a sentence hands a thing over; it assigns only a body.
                "1. Ban Tổ chức Huyện ủy tiếp nhận hồ sơ, giao Huy hiệu cho các chi bộ để tổ chức"
                    + " trao tặng.",
                // A verb after a capitalised bare head is part of the body's name.
                "2. Đồng chí Ủy viên Ban chấp hành Đảng bộ xã chỉ đạo các chi bộ triển khai thực"
                    + " hiện.",
                "3. Ban xây dựng Đảng cấp ủy ghi số, vào sổ theo dõi các quyết định khen thưởng.",
                "4. Các thành viên trong tổ căn cứ nhiệm vụ được giao xây dựng kế hoạch."));
    assertThat(all)
        .extracting(Obligation::actor)
        .containsExactly(
            "Ban Tổ chức Huyện ủy",
            "Ủy viên Ban chấp hành Đảng bộ xã",
            "Ban xây dựng Đảng cấp ủy",
            "Các thành viên trong tổ");
  }

  @Test
  void bracketsColonsAndConditionsAfterAnOpenerDoNotHideTheActor() {
    List<Obligation> all =
        ofText(
            plan(
                // A comma inside brackets ends no opener.
                "1. Ủy ban nhân dân các xã:",
                "- Định kỳ báo cáo Ủy ban nhân dân tỉnh (qua Sở Nội vụ, Văn phòng Ủy ban nhân dân"
                    + " tỉnh) trước ngày 25 hằng tháng theo hướng dẫn của Sở Nội vụ.",
                // A colon ends a long opener as a comma does.
                "2. Đối với hồ sơ khen thưởng đột xuất (trong vòng 15 ngày đối với thành tích phòng,"
                    + " chống thiên tai, trong vòng 30 ngày đối với các thành tích khác), khen thưởng"
                    + " chuyên đề: Cấp ủy cấp trên cơ sở gửi hồ sơ về Ban Tổ chức Huyện ủy.",
                // A condition ends at "thì"; the body after it acts.
                "3. Trường hợp người ứng cử vắng mặt, tổ bầu cử không liên hệ được thì Ủy ban bầu cử"
                    + " xã xem xét, quyết định."));
    assertThat(all)
        .extracting(Obligation::actor)
        .containsExactly("Ủy ban nhân dân các xã", "Cấp ủy cấp trên cơ sở", "Ủy ban bầu cử xã");
  }

  @Test
  void aPassiveSentencesAgentActsWhenNothingElseNamesTheActor() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Nhà văn hóa thôn do Ban công tác Mặt trận thôn quản lý, sử dụng.",
                "2. Hồ sơ đề nghị phải được Ủy ban nhân dân các xã kiểm tra, xác nhận trước khi"
                    + " gửi.",
                // "do" as "because", an agent that is no body: nobody named.
                "3. Do ảnh hưởng của mưa lũ, việc bầu cử được tổ chức sớm hơn.",
                "4. Huy hiệu Đảng được trao tặng vào dịp kỷ niệm các ngày lễ lớn.",
                // A heading's actor wins over a passive agent.
                "5. Sở Nội vụ:",
                "- Hồ sơ phải được các phòng chuyên môn thẩm định trước khi trình."));
    assertThat(all)
        .extracting(Obligation::actor)
        .containsExactly(
            "Ban công tác Mặt trận thôn", "Ủy ban nhân dân các xã", null, null, "Sở Nội vụ");
  }

  @Test
  void theTailOfASentenceBrokenAcrossPrintedLinesIsNoUnitOfItsOwn() {
    List<Obligation> all =
        ofText(
            plan(
                // The line above ends with a word no sentence ends with, or leaves a bracket open.
                "1. Sở Tài chính tổng hợp danh sách đại biểu các đơn vị do",
                "Ủy ban nhân dân các xã đăng ký gửi về trước ngày 10/12/2025.",
                "2. Ủy ban nhân dân các xã tuyên truyền đến các tổ chức (Hội Nông dân; Hội Phụ nữ;",
                "Đoàn Thanh niên) để phổ biến sâu rộng đến hội viên.",
                // The line above names no action: the tail holds the duty and stays.
                "3. Chánh Văn phòng Ủy ban nhân dân huyện,",
                "Trưởng các phòng, ban chịu trách nhiệm thi hành Kế hoạch này.",
                // The line above ends its sentence: the next line is a paragraph of its own.
                "4. Sở Nội vụ hướng dẫn các xã thực hiện.",
                "Trên cơ sở đó, Ủy ban nhân dân các xã báo cáo kết quả về Sở Nội vụ."));
    assertThat(all)
        .extracting(Obligation::text)
        .containsExactly(
            "Sở Tài chính tổng hợp danh sách đại biểu các đơn vị do",
            "Ủy ban nhân dân các xã tuyên truyền đến các tổ chức (Hội Nông dân; Hội Phụ nữ;",
            "Trưởng các phòng, ban chịu trách nhiệm thi hành Kế hoạch này.",
            "Sở Nội vụ hướng dẫn các xã thực hiện.",
            "Trên cơ sở đó, Ủy ban nhân dân các xã báo cáo kết quả về Sở Nội vụ.");
  }

  @Test
  void whomATextAppliesToIsNoDuty() {
    List<Obligation> all =
        ofText(
            plan(
                "Điều 1. Đối tượng áp dụng",
                "1. Cơ quan, tổ chức, cá nhân trong nước.",
                "2. Cơ quan, tổ chức, cá nhân nước ngoài tại Việt Nam.",
                "Điều 2. Tổ chức thực hiện",
                "Sở Tài chính hướng dẫn các đơn vị lập dự toán kinh phí."));
    assertThat(all)
        .extracting(Obligation::text)
        .containsExactly("Sở Tài chính hướng dẫn các đơn vị lập dự toán kinh phí.");
  }

  @Test
  void whatALawProvidesAndWhatABodyFoundAreBackground() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Theo quy định tại Điều 5 Thông tư số 12/2024/TT-BNV thì Thông tư chỉ quy định về"
                    + " hồ sơ khen thưởng đột xuất, không quy định về khen thưởng chuyên đề.",
                "2. Qua kiểm tra hồ sơ, Sở Nội vụ nhận thấy hội đã tổ chức đại hội đúng quy định.",
                "3. Theo quy định tại Điều 5 Thông tư số 12/2024/TT-BNV, các đơn vị phải gửi hồ sơ"
                    + " khen thưởng theo quy định về thi đua."));
    assertThat(all)
        .extracting(Obligation::text)
        .containsExactly(
            "Theo quy định tại Điều 5 Thông tư số 12/2024/TT-BNV, các đơn vị phải gửi hồ sơ khen"
                + " thưởng theo quy định về thi đua.");
  }

  @Test
  void actorsAfterOpenersInListsAndAfterAnArticleNumber() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Đối với hồ sơ nộp chậm, Ban Tổ chức Huyện ủy tham mưu Thường trực Huyện ủy xem"
                    + " xét.",
                "2. Trường hợp người lao động bị ốm, Ban Chấp hành công đoàn cơ sở tổ chức thăm hỏi.",
                "3. Các sở, ngành; Ủy ban nhân dân các xã căn cứ nhiệm vụ được giao xây dựng kế"
                    + " hoạch.",
                "4. Chánh Văn phòng Ủy ban nhân dân huyện; Trưởng các phòng, ban chịu trách nhiệm"
                    + " thi hành Kế hoạch này."));
    assertThat(all)
        .extracting(Obligation::actor)
        .containsExactly(
            "Ban Tổ chức Huyện ủy",
            "Ban Chấp hành công đoàn cơ sở",
            "Các sở, ngành; Ủy ban nhân dân các xã",
            "Chánh Văn phòng Ủy ban nhân dân huyện; Trưởng các phòng, ban");
  }

  @Test
  void aHeadingEndingWithItsModalVerbAndAColonNamesTheActorOfItsItems() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Giám đốc các sở; Chủ tịch Ủy ban nhân dân các xã có trách nhiệm:",
                "a) Rà soát hồ sơ đất đai tồn đọng trên địa bàn.",
                "b) Báo cáo kết quả về Sở Nông nghiệp trước ngày 20/12/2026."));
    assertThat(all)
        .extracting(Obligation::actor)
        .containsExactly(
            "Giám đốc các sở; Chủ tịch Ủy ban nhân dân các xã",
            "Giám đốc các sở; Chủ tịch Ủy ban nhân dân các xã");
  }

  @Test
  void anAnswerLettersLawReferencesLeadInsExamplesPermissionsAndTermsAreNoDuties() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Về việc xác định nơi đăng ký thuế của hộ kinh doanh",
                "Tại khoản 2 Điều 5 Thông tư số 40/2021/TT-BTC hướng dẫn về nơi nộp hồ sơ:",
                "Căn cứ các quy định trên, Sở Tài chính có ý kiến như sau:",
                "Hộ kinh doanh nộp hồ sơ tại Chi cục Thuế nơi đặt cửa hàng.",
                "Ví dụ: Bà C mở cửa hàng tại xã X và cư trú tại xã Y.",
                "Bà C nộp hồ sơ tại Chi cục Thuế quản lý xã X.",
                "2. Trường hợp còn vướng mắc, hộ kinh doanh có thể liên hệ Chi cục Thuế để được hỗ trợ.",
                "3. Thời gian qua có phát sinh trường hợp hồ sơ bị trả lại do thiếu chữ ký.",
                "4. Tổ công tác tự giải thể sau khi hoàn thành việc rà soát.",
                "5. Các Chi cục Thuế phải niêm yết công khai quy trình tiếp nhận hồ sơ."));
    assertThat(all)
        .extracting(Obligation::text)
        .containsExactly(
            "Hộ kinh doanh nộp hồ sơ tại Chi cục Thuế nơi đặt cửa hàng.",
            "Các Chi cục Thuế phải niêm yết công khai quy trình tiếp nhận hồ sơ.");
  }

  @Test
  void whatALetterQuotesOfALawBindsNobodyByBeingQuoted() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Sở Tài chính trích dẫn quy định về nơi nộp hồ sơ như sau:",
                "“Điều 9. Nơi nộp hồ sơ",
                "a) Tổ chức trả thu nhập nộp hồ sơ tại cơ quan thuế quản lý trực tiếp.",
                "Cá nhân cư trú nộp hồ sơ tại cơ quan thuế nơi cư trú.”",
                "2. Các Chi cục Thuế tiếp nhận hồ sơ theo đúng quy định trên.",
                "3. Tổ chức quán triệt Chỉ thị “về tăng cường kỷ luật” đến toàn thể công chức."));
    assertThat(all)
        .extracting(Obligation::text)
        .containsExactly(
            "Các Chi cục Thuế tiếp nhận hồ sơ theo đúng quy định trên.",
            "Tổ chức quán triệt Chỉ thị “về tăng cường kỷ luật” đến toàn thể công chức.");
  }

  @Test
  void aNoticesClosingFormulaIsAUnitOnlyWhenTheDocumentImposesNothingElse() {
    List<Obligation> withDuties =
        ofText(
            plan(
                "1. Ủy ban nhân dân các xã rà soát danh sách hộ nghèo trước ngày 15/12/2026.",
                "Sở Nội vụ thông báo để các đơn vị được biết và thực hiện./."));
    assertThat(withDuties)
        .extracting(Obligation::text)
        .containsExactly(
            "Ủy ban nhân dân các xã rà soát danh sách hộ nghèo trước ngày 15/12/2026.");
    List<Obligation> alone =
        ofText(plan("Sở Nội vụ thông báo để Ủy ban nhân dân các xã biết, thực hiện./."));
    assertThat(alone)
        .extracting(Obligation::text)
        .containsExactly("Sở Nội vụ thông báo để Ủy ban nhân dân các xã biết, thực hiện./.");
  }

  @Test
  void aPetitionersDemandsListedBeforeTheRulingAreNoDuties() {
    List<Obligation> all =
        ofText(
            planBy(
                "Xét đơn đề ngày 02/3/2026 của ông Lê Văn Bình khiếu nại Quyết định số 15/QĐ-UBND"
                    + " của Chủ tịch UBND huyện, với các yêu cầu:",
                "1. Bồi thường toàn bộ diện tích đất vườn theo giá thị trường;",
                "2. Yêu cầu bố trí 01 suất tái định cư cho gia đình ông;",
                "Ủy ban nhân dân huyện giải quyết khiếu nại trong thời hạn 30 ngày."));
    assertThat(all)
        .extracting(Obligation::text)
        .containsExactly("Ủy ban nhân dân huyện giải quyết khiếu nại trong thời hạn 30 ngày.");
  }

  @Test
  void anAssignedListEndsAtItsVerbAndARequestNamesWhomItAsks() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Giao các phòng: Tài chính - Kế hoạch, Nội vụ đôn đốc, hướng dẫn các xã hoàn"
                    + " thành việc quyết toán.",
                "2. Ủy ban nhân dân huyện yêu cầu Thủ trưởng các phòng, ban triển khai thực hiện"
                    + " nghiêm túc Kế hoạch này."));
    assertThat(all)
        .extracting(Obligation::actor)
        .containsExactly(
            "các phòng: Tài chính - Kế hoạch, Nội vụ", "Thủ trưởng các phòng, ban");
  }

  @Test
  void aLaterSentenceOrClauseNamingAnotherBodyActingIsAUnitOfItsOwn() {
    List<Obligation> all =
        ofText(
            plan(
                "1. Phòng Văn hóa chủ trì tổ chức hội thi cấp huyện; Ủy ban nhân dân các xã chỉ đạo tổ"
                    + " chức vòng sơ khảo tại cơ sở.",
                "2. Ủy ban nhân dân huyện yêu cầu Thủ trưởng các phòng, ban triển khai thực hiện"
                    + " nghiêm túc Kế hoạch này. Giao cho Văn phòng Ủy ban nhân dân huyện có trách"
                    + " nhiệm theo dõi, đôn đốc việc thực hiện.",
                "3. Sở Y tế kiểm tra các cơ sở khám bệnh. Sở Y tế báo cáo kết quả về Ủy ban nhân"
                    + " dân tỉnh."));
    assertThat(all)
        .extracting(Obligation::actor, Obligation::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Phòng Văn hóa", "Phòng Văn hóa chủ trì tổ chức hội thi cấp huyện"),
            org.assertj.core.groups.Tuple.tuple(
                "Ủy ban nhân dân các xã",
                "Ủy ban nhân dân các xã chỉ đạo tổ chức vòng sơ khảo tại cơ sở."),
            org.assertj.core.groups.Tuple.tuple(
                "Thủ trưởng các phòng, ban",
                "Ủy ban nhân dân huyện yêu cầu Thủ trưởng các phòng, ban triển khai thực hiện"
                    + " nghiêm túc Kế hoạch này."),
            org.assertj.core.groups.Tuple.tuple(
                "Văn phòng Ủy ban nhân dân huyện",
                "Giao cho Văn phòng Ủy ban nhân dân huyện có trách nhiệm theo dõi, đôn đốc việc"
                    + " thực hiện."),
            org.assertj.core.groups.Tuple.tuple(
                "Sở Y tế",
                "Sở Y tế kiểm tra các cơ sở khám bệnh. Sở Y tế báo cáo kết quả về Ủy ban nhân dân"
                    + " tỉnh."));
  }
}
