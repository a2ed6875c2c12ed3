package vanban.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentTypesKeyTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "Chỉ thị|chi thi",
        "  CHỈ   THỊ  |chi thi",
        "Quyết\\tđịnh|quyet dinh",
        "ĐẢNG ỦY|dang uy",
        "Kế hoạch\\n số|ke hoach so",
        "CT-TTg|ct-ttg",
        "hoá|hoa",
        "|"
      })
  void foldsCaseAccentsAndSpaces(String in, String expected) {
    // \t and \n are written escaped: a raw line break would end the CSV row.
    String written = in == null ? "" : in.replace("\\t", "\t").replace("\\n", "\n");
    assertThat(DocumentTypes.key(written)).isEqualTo(expected == null ? "" : expected);
  }

  /** The loop gives what the two regexes it replaced gave, on random Vietnamese-like text. */
  @Test
  void sameAsTheRegexFormulation() {
    String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạếềểễệ ̣̀́̉̃\t\n\u000b\f\r\u00a0-/.,0123";
    Random random = new Random(7);
    for (int i = 0; i < 3000; i++) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(20);
      for (int j = 0; j < n; j++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(DocumentTypes.key(s.toString())).as("[%s]", s).isEqualTo(byRegex(s.toString()));
    }
  }

  private static String byRegex(String s) {
    String folded =
        Normalizer.normalize(s.strip().replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    return folded.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
