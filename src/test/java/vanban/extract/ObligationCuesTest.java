package vanban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The worked examples of {@code obligation-cues.tsv} and the frequency rules. */
class ObligationCuesTest {

  static Stream<Arguments> rows() {
    return ObligationCues.get().all().stream()
        .map(c -> Arguments.of(c.kind(), c.label(), c.pattern().pattern(), c.example()));
  }

  @ParameterizedTest(name = "{0} {1}: {3}")
  @MethodSource("rows")
  void everyExampleMatches(String kind, String label, String regex, String example) {
    ObligationCues.Cue cue =
        ObligationCues.get().all().stream()
            .filter(c -> c.pattern().pattern().equals(regex) && c.example().equals(example))
            .findFirst()
            .orElseThrow();
    assertThat(cue.pattern().matcher(example).find()).as(regex).isTrue();
  }

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "định kỳ 6 tháng, hằng năm báo cáo Ban Thường vụ Tỉnh ủy | semiannual | semiannual annual",
        "đánh giá cán bộ định kỳ hằng quý, hằng năm và đột xuất khi có yêu cầu | quarterly |"
            + " quarterly annual ad-hoc",
        "hướng dẫn việc thực hiện công tác đánh giá cán bộ hằng tháng, quý, năm | monthly | monthly"
            + " quarterly annual",
        "định kỳ hàng tháng, cuối năm có đánh giá | monthly | monthly",
        "Văn phòng Tỉnh ủy theo dõi, định kỳ tổng hợp báo cáo | periodic | periodic",
        "tăng cường thanh tra công vụ và kiểm tra đột xuất | ad-hoc | ad-hoc",
        "báo cáo 6 tháng đầu năm 2026 | null | ''",
        "trong sinh hoạt hằng ngày | null | ''",
      })
  void frequencies(String text, String expected, String all) {
    assertThat(FrequencyCues.of(text)).isEqualTo(expected);
    assertThat(FrequencyCues.all(text))
        .isEqualTo(all.isEmpty() ? List.of() : List.of(all.split(" ")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "định kỳ 6 tháng, hằng năm báo cáo Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy). | Ban"
            + " Thường vụ Tỉnh ủy",
        "báo cáo kết quả thực hiện về Ban Thường vụ Tỉnh ủy. | Ban Thường vụ Tỉnh ủy",
        "định kỳ báo cáo Ban Thường vụ Tỉnh ủy kết quả thực hiện./. | Ban Thường vụ Tỉnh ủy",
        "tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2026. | UBND tỉnh",
        "nền nếp việc báo cáo Thường trực Tỉnh ủy, Chủ tịch HĐND, Chủ tịch UBND tỉnh khi đi công"
            + " tác | Thường trực Tỉnh ủy, Chủ tịch HĐND, Chủ tịch UBND tỉnh",
        "định kỳ báo cáo cấp có thẩm quyền. | cấp có thẩm quyền",
        "không lấy diễn đàn hội nghị để báo cáo thành tích tập thể | null",
        "Báo cáo viên tuyên truyền | null",
      })
  void reportRecipients(String text, String expected) {
    assertThat(ObligationExtractor.reportTo(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "báo cáo UBND tỉnh trước ngày 15/12/2026. | 2026-12-15",
        "hoàn thành chậm nhất ngày 30 tháng 6 năm 2025 | 2025-06-30",
        "thực hiện xong, báo cáo đến hết ngày 31/3/2026 | 2026-03-31",
        "hoàn thành trước 31/12/2026 | 2026-12-31",
        "theo Kết luận số 29-KL/TU, ngày 22/7/2021 của Ban Thường vụ | null",
      })
  void deadlines(String text, String expected) {
    assertThat(ObligationExtractor.deadline(text)).isEqualTo(expected);
  }
}
