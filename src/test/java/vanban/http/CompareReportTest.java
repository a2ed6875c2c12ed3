package vanban.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vanban.compare.CompareFixtures;
import vanban.compare.SimilarObligationFinder;
import vanban.compare.ThemeMatrix;
import vanban.model.ExtractionRecord;

/** {@code vanban compare --format html}: the matrix as a page, every piece of data escaped. */
class CompareReportTest {
  private static final String TEXT =
      "Cán bộ không được uống rượu, bia trong giờ làm việc <script>'x' & \"y\"</script>";

  private static ExtractionRecord record(String source, String province) {
    return CompareFixtures.record(
        source,
        province,
        "1-CV/TU",
        LocalDate.of(2024, 1, 2),
        List.of(CompareFixtures.obligation("must-not", "Cán bộ", "1", TEXT, null)));
  }

  @Test
  void escapesEveryPieceOfDataTheWayTheWebPagesDo() {
    List<ExtractionRecord> records = List.of(record("a.txt", "Tỉnh 'A'"), record("b.txt", "B&B"));
    String html =
        CompareReport.html(
            ThemeMatrix.of(records, List.of("alcohol")),
            new SimilarObligationFinder(0.1).find(records));

    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"vi\">")
        .endsWith("</body></html>\n")
        .contains("<th>Tỉnh &#39;A&#39;</th>", "<th>B&amp;B</th>")
        .contains(
            "<li class=\"must-not\"><b>1-CV/TU §1</b> <i>must-not</i> Cán bộ không được uống rượu,"
                + " bia trong giờ làm việc &lt;script&gt;&#39;x&#39; &amp; &quot;y&quot;"
                + "&lt;/script&gt;</li>")
        .contains("<h2>Similar obligations</h2>", "(Tỉnh &#39;A&#39;)")
        .doesNotContain("<script>", "'");
  }

  @Test
  void withoutPairsThereIsNoSimilarSection() {
    String html = CompareReport.html(ThemeMatrix.of(List.of(record("a.txt", "A")), List.of()), null);
    assertThat(html).contains("<table>\n<tr><th>theme</th><th>A</th></tr>\n").doesNotContain("<h2>");
  }
}
