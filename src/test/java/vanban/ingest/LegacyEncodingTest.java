package vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LegacyEncodingTest {
  // Every Vietnamese letter, lowercase and uppercase.
  static final String LOWER =
      "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợ"
          + "pqrstuùủũúụưừửữứựvxyỳỷỹýỵ";

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void everyWorkedExampleOfTheTableHeaderHolds(LegacyEncoding encoding) {
    List<String[]> examples = encoding.examples();

    assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
    for (String[] example : examples) {
      assertThat(encoding.decode(example[0])).as(example[0]).isEqualTo(example[1]);
      assertThat(encoding.encode(example[1])).as(example[1]).isEqualTo(example[0]);
    }
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void tableHeaderNamesItsSource(LegacyEncoding encoding) throws IOException {
    String name = encoding == LegacyEncoding.TCVN3 ? "tcvn3.tsv" : "vni.tsv";
    try (InputStream in = LegacyEncoding.class.getResourceAsStream(name)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("# Source: ");
    }
  }

  @Test
  void vniWritesEveryVietnameseLetterAndReadsItBack() {
    String all = LOWER + LOWER.toUpperCase(java.util.Locale.ROOT);

    String view = LegacyEncoding.VNI.encode(all);

    assertThat(VietnameseEncoders.WINDOWS_1252.newEncoder().canEncode(view)).isTrue();
    assertThat(LegacyEncoding.VNI.decode(view)).isEqualTo(all);
  }

  @Test
  void tcvn3WritesEveryLowercaseLetterAsOneByte() {
    String view = LegacyEncoding.TCVN3.encode(LOWER);

    assertThat(view).hasSameSizeAs(LOWER);
    assertThat(VietnameseEncoders.WINDOWS_1252.newEncoder().canEncode(view)).isTrue();
    assertThat(LegacyEncoding.TCVN3.decode(view)).isEqualTo(LOWER);
  }

  @Test
  void tcvn3HasTheUppercaseLettersWithoutTone() {
    assertThat(LegacyEncoding.TCVN3.decode("\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7"))
        .isEqualTo("ĂÂÊÔƠƯĐ");
  }

  @Test
  void tablesMapEachSequenceToADistinctLetter() {
    for (LegacyEncoding encoding : LegacyEncoding.values()) {
      Set<String> seen = new HashSet<>();
      for (char c : (LOWER + LOWER.toUpperCase(java.util.Locale.ROOT)).toCharArray()) {
        String encoded = encoding.encode(String.valueOf(c));
        if (!encoded.equals(String.valueOf(c)) || c < 0x80) {
          assertThat(seen.add(encoded)).as(encoding + " " + c).isTrue();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          VNI   | ñöôïc                | được
          VNI   | Ñaûng                | Đảng
          VNI   | Chuû tòch             | Chủ tịch
          VNI   | ôû                   | ở
          VNI   | Vieät Nam            | Việt Nam
          TCVN3 | ®­îc                 | được
          TCVN3 | Chñ tÞch             | Chủ tịch
          TCVN3 | ViÖt Nam             | Việt Nam
          TCVN3 | §¶ng                 | Đảng
          """)
  void decodesKnownWords(LegacyEncoding encoding, String legacy, String unicode) {
    assertThat(Normalizer.normalize(encoding.decode(legacy), Normalizer.Form.NFC))
        .isEqualTo(unicode);
  }

  @Test
  void leavesAsciiAlone() {
    for (LegacyEncoding encoding : LegacyEncoding.values()) {
      assertThat(encoding.decode("Số 26/CT-TTg ngày 05/9/2016".replace("ố", "o")))
          .isEqualTo("So 26/CT-TTg ngày 05/9/2016".replace("à", encoding.decode("à")));
    }
  }
}
