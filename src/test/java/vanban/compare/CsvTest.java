package vanban.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV cells a spreadsheet would run as formulas get a leading quote (OWASP, CSV injection). */
class CsvTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=HYPERLINK(\"http://evil.example\",\"x\")|`\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"`",
        "@SUM(A1:A9)|'@SUM(A1:A9)",
        "+1+1|'+1+1",
        "-2+3|'-2+3",
        "- Các sở phải|'- Các sở phải",
        "Các sở phải = nhau|Các sở phải = nhau",
        "kỷ luật|kỷ luật",
      })
  void formulaCellsAreNeutralised(String field, String written) {
    assertThat(Csv.row(List.of(field))).isEqualTo(written + "\r\n");
  }

  @ParameterizedTest
  @CsvSource({"'\tcmd', '\t'", "'\rcmd', '\r'"})
  void tabAndCarriageReturnToo(String field, String first) {
    String row = Csv.row(List.of(field));
    assertThat(row.replaceFirst("^\"", "")).startsWith("'" + first);
  }
}
