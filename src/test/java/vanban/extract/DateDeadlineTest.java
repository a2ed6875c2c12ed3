package vanban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vanban.model.DateMention;
import vanban.model.DocumentMetadata;

/** Deadline roles of {@link DateExtractor}, the words {@link ObligationExtractor} shares. */
class DateDeadlineTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2026. | deadline",
        "hoàn thành chậm nhất là ngày 30/6/2025 | deadline",
        "thực hiện đến hết ngày 31/3/2026 | deadline",
        "báo cáo không muộn hơn ngày 15/01/2027 | deadline",
        "tại hội nghị ngày 15/12/2026 | other",
        "trước đây, ngày 15/12/2026 là ngày lễ | other",
      })
  void deadlineRole(String text, String role) {
    List<DateMention> found =
        new DateExtractor().extract(text, DocumentMetadata.empty(), List.of());
    assertThat(found).singleElement().extracting(DateMention::role).isEqualTo(role);
  }
}
