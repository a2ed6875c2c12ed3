package vanban.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vanban.model.ExtractionRecord;

/** The matrix, similar pairs and calendar over records built in the test. */
class CompareTest {
  private final List<ExtractionRecord> records = CompareFixtures.threeProvinces();

  @Test
  void matrixRowsAreProvincesInVietnameseOrderAndCellsHoldTheirObligations() {
    ThemeMatrix m = ThemeMatrix.of(records, List.of("alcohol", "one-stop-shop", "reporting"));
    assertThat(m.provinces()).containsExactly("Bắc Ninh", "Hà Tĩnh", "Thừa Thiên Huế");
    assertThat(m.themes()).containsExactly("alcohol", "one-stop-shop", "reporting");
    assertThat(m.provincesWith("alcohol", "must-not")).containsExactly("Bắc Ninh", "Hà Tĩnh");
    assertThat(m.provincesWith("one-stop-shop", "must")).containsExactly("Thừa Thiên Huế");
    assertThat(m.cell("Hà Tĩnh", "alcohol"))
        .singleElement()
        .satisfies(o -> assertThat(o.citation()).isEqualTo("29-KL/TU §2.2"));
    assertThat(m.cell("Bắc Ninh", "alcohol"))
        .singleElement()
        .satisfies(o -> assertThat(o.citation()).isEqualTo("corpus/b.txt §3"));
    assertThat(m.cell("Thừa Thiên Huế", "reporting")).isEmpty();
    assertThat(m.cell("Nowhere", "alcohol")).isEmpty();
  }

  @Test
  void matrixWithoutThemesHasTheWholeTaxonomyAndAnUnknownProvinceRowLast() {
    List<ExtractionRecord> withNational = new java.util.ArrayList<>(records);
    withNational.add(
        CompareFixtures.record(
            "corpus/d.txt",
            null,
            "26/CT-TTg",
            LocalDate.of(2016, 9, 5),
            List.of(
                CompareFixtures.obligation(
                    "must", null, "1", "Nghiêm cấm uống rượu, bia trong giờ làm việc.", null))));
    ThemeMatrix m = ThemeMatrix.of(withNational, List.of());
    assertThat(m.themes()).hasSize(21).startsWith("alcohol");
    assertThat(m.provinces()).last().isEqualTo(ThemeMatrix.UNKNOWN_PROVINCE);
    assertThat(m.cell(ThemeMatrix.UNKNOWN_PROVINCE, "alcohol")).hasSize(1);
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "ha tinh | null | null | null | 2",
        "Hà Tĩnh | alcohol | must-not | null | 1",
        "null | alcohol | must-not | null | 2",
        "null | null | null | uy ban kiem tra | 1",
        "Huế | null | null | null | 2",
        "null | reporting | must | null | 2",
        "Thanh Hóa | null | null | null | 0",
      })
  void filters(String province, String theme, String modality, String actor, int expected) {
    assertThat(
            new ObligationFilter(province, theme, modality, actor)
                .apply(SourcedObligation.of(records)))
        .hasSize(expected);
  }

  @Test
  void similarObligationsPairAcrossProvincesOnly() {
    List<SimilarObligationFinder.SimilarPair> pairs =
        new SimilarObligationFinder(0.3).find(records);
    assertThat(pairs).isNotEmpty();
    SimilarObligationFinder.SimilarPair alcohol = pairs.get(0);
    assertThat(alcohol.first().obligation().themes()).contains("alcohol");
    assertThat(alcohol.second().obligation().themes()).contains("alcohol");
    assertThat(alcohol.first().province()).isEqualTo("Hà Tĩnh");
    assertThat(alcohol.second().province()).isEqualTo("Bắc Ninh");
    assertThat(pairs)
        .allSatisfy(
            p -> {
              assertThat(p.first().province()).isNotEqualTo(p.second().province());
              assertThat(p.score()).isBetween(0.3, 1.0);
            });
    // The one-stop shop has no counterpart anywhere.
    assertThat(pairs)
        .noneMatch(
            p ->
                p.first().obligation().themes().contains("one-stop-shop")
                    || p.second().obligation().themes().contains("one-stop-shop"));
    assertThat(new SimilarObligationFinder(0.3).find(records)).isEqualTo(pairs);
    assertThat(new SimilarObligationFinder(0.99).find(records)).isEmpty();
  }

  @Test
  void calendarRepeatsReportingAndEvaluationDutiesDeterministically() {
    String ics = new ICalendarWriter().write(records);
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    // Hà Tĩnh: "định kỳ 6 tháng, hằng năm báo cáo" is two rhythms; Huế: "hàng tháng … đánh giá".
    assertThat(ics)
        .contains(
            "DTSTAMP:20210722T000000Z\r\n"
                + "DTSTART;VALUE=DATE:20220122\r\n"
                + "RRULE:FREQ=MONTHLY;INTERVAL=6\r\n",
            "DTSTAMP:20210722T000000Z\r\nDTSTART;VALUE=DATE:20220722\r\nRRULE:FREQ=YEARLY\r\n",
            "DTSTAMP:20220125T000000Z\r\nDTSTART;VALUE=DATE:20220225\r\nRRULE:FREQ=MONTHLY\r\n",
            "SUMMARY:Báo cáo Ban Thường vụ Tỉnh ủy (định kỳ 6 tháng)\r\n");
    // Bắc Ninh's report has no rhythm; the alcohol and one-stop duties are not reports.
    List<ICalendarCheck.Event> events = ICalendarCheck.events(ics);
    assertThat(events)
        .extracting(e -> e.start() + " " + e.rule())
        .containsExactly(
            "2022-01-22 FREQ=MONTHLY;INTERVAL=6", "2022-07-22 FREQ=YEARLY", "2022-02-25 FREQ=MONTHLY");
    assertThat(events.get(0).summary()).isEqualTo("Báo cáo Ban Thường vụ Tỉnh ủy (định kỳ 6 tháng)");
    assertThat(events.get(2).summary())
        .isEqualTo(
            "Định kỳ hàng tháng, cuối năm có đánh giá, phân loại rõ kết quả thực hiện nhiệm …"
                + " (hằng tháng)");
    assertThat(events.get(0).description())
        .isEqualTo(
            "Văn bản: 29-KL/TU §6 (Hà Tĩnh)\nChủ thể: các đảng đoàn\n"
                + records.get(0).obligations().get(1).text());
    assertThat(events.get(2).categories()).contains("staff-evaluation");
    assertThat(new ICalendarWriter().write(records)).isEqualTo(ics);
    assertThat(events).extracting(ICalendarCheck.Event::uid).doesNotHaveDuplicates();
  }

  @Test
  void calendarUidDependsOnTheObligationNotOnItsNeighbours() {
    List<String> uidAlone = uids(new ICalendarWriter().write(List.of(records.get(2))));
    List<String> uidWithOthers = uids(new ICalendarWriter().write(records));
    assertThat(uidAlone).hasSize(1);
    assertThat(uidWithOthers).containsAll(uidAlone);
  }

  private static List<String> uids(String ics) {
    return ICalendarCheck.events(ics).stream().map(ICalendarCheck.Event::uid).toList();
  }

  @Test
  void aLongDutyWithCommasSemicolonsAndBackslashesReadsBackWhole() {
    String text =
        "Định kỳ hằng quý, các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo"
            + " kết quả thực hiện Chỉ thị số 26/CT-TTg về tăng cường kỷ luật, kỷ cương (biểu mẫu"
            + " tại \\\\vanban\\mau-01) về Sở Nội vụ trước ngày 15 của tháng cuối quý để tổng hợp,"
            + " tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Nội vụ theo quy định.";
    List<ExtractionRecord> one =
        List.of(
            CompareFixtures.record(
                "corpus/long.txt",
                "Quảng Trị",
                "12/CT-UBND",
                LocalDate.of(2024, 3, 31),
                List.of(CompareFixtures.obligation("must", "các sở, ban, ngành", "4.1", text, "Sở Nội vụ"))));
    String ics = new ICalendarWriter().write(one);
    assertThat(ics).contains("\r\n ");
    ICalendarCheck.Event event = ICalendarCheck.events(ics).get(0);
    assertThat(event.start()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(event.rule().getFrequency()).hasToString("MONTHLY");
    assertThat(event.rule().getInterval()).isEqualTo(3);
    assertThat(event.summary()).isEqualTo("Báo cáo Sở Nội vụ (hằng quý)");
    assertThat(event.description())
        .isEqualTo("Văn bản: 12/CT-UBND §4.1 (Quảng Trị)\nChủ thể: các sở, ban, ngành\n" + text);
    assertThat(event.categories()).containsExactlyInAnyOrderElementsOf(one.get(0).obligations().get(0).themes());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"a;b,c\\d | a\\;b\\,c\\\\d"})
  void textIsEscaped(String raw, String escaped) {
    assertThat(ICalendarWriter.escape(raw)).isEqualTo(escaped);
    assertThat(ICalendarWriter.escape("x\ny")).isEqualTo("x\\ny");
  }

  @Test
  void longLinesAreFoldedBetweenCharacters() {
    StringBuilder out = new StringBuilder();
    String content = "SUMMARY:" + "ỷ".repeat(60);
    ICalendarWriter.line(out, content);
    String folded = out.toString();
    assertThat(folded.replace("\r\n ", "")).isEqualTo(content + "\r\n");
    for (String l : folded.split("\r\n")) {
      assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
  }
}
