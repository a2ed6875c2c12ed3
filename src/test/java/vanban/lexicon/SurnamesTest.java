package vanban.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurnamesTest {

  @Test
  void everyExampleOfTheDataFileHolds() throws IOException {
    for (String[] ex : ProvincesTest.examples("/vanban/lexicon/surnames.tsv")) {
      assertThat(Surnames.get().mend(ex[0])).as(ex[0]).isEqualTo(ex[1]);
    }
  }

  @ParameterizedTest
  @CsvSource({
    // marks lost: mended
    "Tran, Trần",
    "Pham, Phạm",
    "Do, Đỗ",
    "Bui, Bùi",
    // a name as printed stays, in its case
    "Lê, Lê",
    "TRẦN, TRẦN",
    // a mark the name lacks: not OCR loss, so not mended
    "Hồng, Hồng",
    "Lế, Lế",
    // no family name folds to it
    "Thang, Thang"
  })
  void mendsOnlyMarksOcrLost(String printed, String expected) {
    assertThat(Surnames.get().mend(printed)).isEqualTo(expected);
  }
}
