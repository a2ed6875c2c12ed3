package vanban.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link VietnameseDates#periodEnd}: the deadline a plan's "Thời gian" line gives. */
class PeriodEndTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "Tháng 11/2025 (sau khi Ban Thường trực ban hành Hướng dẫn). | 2025-11",
        "Quý IV/2025 và Quý I/2026; | 2026-03",
        "Từ tháng 12/2025 đến quý I/2026. | 2026-03",
        "Chậm nhất ngày 10/12/2025 (trước ngày bầu cử 95 ngày). | 2025-12-10",
        "trong quý 2 năm 2026 | 2026-06",
        "hoàn thành trong năm 2026 | 2026",
        "Thực hiện thường xuyên. | null",
        "Căn cứ Nghị định số 126/2024/NĐ-CP | null",
      })
  void theEndOfTheLastPeriodNamed(String text, String end) {
    assertThat(VietnameseDates.periodEnd(text)).isEqualTo(end);
  }
}
