package vanban.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvincesTest {

  @Test
  void holdsTheSixtyThreeUnitsAndHue() {
    List<Provinces.Province> all = Provinces.get().all();
    assertThat(all).hasSize(64);
    assertThat(all.stream().filter(p -> p.unit().equals("thành phố")).count()).isEqualTo(6);
  }

  @Test
  void mergersOf2025LeaveThirtyFourUnits() {
    LocalDate after = LocalDate.of(2025, 7, 1);
    long units =
        Provinces.get().all().stream()
            .map(p -> Provinces.get().current(p.name(), after).orElseThrow())
            .distinct()
            .count();
    assertThat(units).isEqualTo(34);
  }

  @ParameterizedTest
  @CsvSource({
    "tỉnh Bắc Ninh, Bắc Ninh",
    "TP. Hồ Chí Minh, Hồ Chí Minh",
    "Thành phố Hồ Chí Minh, Hồ Chí Minh",
    "Sài Gòn, Hồ Chí Minh",
    "Thua Thien Hue, Thừa Thiên Huế",
    "THỪA THIÊN - HUẾ, Thừa Thiên Huế",
    "Thừa Thiên Huế, Thừa Thiên Huế",
    "BR-VT, Bà Rịa - Vũng Tàu",
    "Đắc Lắc, Đắk Lắk",
    "ha tinh, Hà Tĩnh",
    "HÀ TĨNH, Hà Tĩnh",
    "Thanh Hoá, Thanh Hóa",
    "thành phố Huế, Huế",
  })
  void looksUpAnyAlias(String written, String name) {
    assertThat(Provinces.get().lookup(written)).map(Provinces.Province::name).contains(name);
  }

  @ParameterizedTest
  @CsvSource({"Hà Tây", "Bộ Nội vụ", "huyện Can Lộc", "''"})
  void unknownNamesAreNoProvince(String written) {
    assertThat(Provinces.get().lookup(written)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "Thừa Thiên Huế, 2024-12-31, Thừa Thiên Huế",
    "Thừa Thiên Huế, 2025-01-01, Huế",
    "Thừa Thiên Huế, 2025-08-01, Huế",
    "Bắc Giang, 2025-06-30, Bắc Giang",
    "Bắc Giang, 2025-07-01, Bắc Ninh",
    "Hà Tĩnh, 2025-07-01, Hà Tĩnh",
    "Thanh Hóa, 2026-04-17, Thanh Hóa",
    "Bình Dương, 2025-07-01, Hồ Chí Minh",
    "Quảng Nam, 2025-07-01, Đà Nẵng",
    "Hà Nam, 2025-07-01, Ninh Bình",
  })
  void currentFollowsTheMergers(String name, String date, String current) {
    assertThat(Provinces.get().current(name, LocalDate.parse(date))).contains(current);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "trên địa bàn tỉnh Bắc Ninh | Bắc Ninh",
        "Báo Hà Tĩnh, Đài Phát thanh | Hà Tĩnh",
        "phong cách Hồ Chí Minh | ''",
        "Thành phố Hồ Chí Minh | Hồ Chí Minh",
        "giữ gìn hòa bình | ''",
        "tỉnh Hòa Bình | Hòa Bình",
      })
  void findsProperNameMentions(String text, String expected) {
    List<String> names = Provinces.get().find(text).stream().map(m -> m.province().name()).toList();
    if (expected.isEmpty()) {
      assertThat(names).isEmpty();
    } else {
      assertThat(names).containsExactly(expected);
    }
  }

  /** Every worked example in the data file's header resolves as it says. */
  @Test
  void everyExampleOfTheDataFileHolds() throws IOException {
    for (String[] ex : examples("/vanban/lexicon/provinces.tsv")) {
      assertThat(Provinces.get().lookup(ex[0]))
          .as(ex[0])
          .map(Provinces.Province::name)
          .contains(ex[1]);
    }
  }

  /** {@code "written" -> expected} pairs from a lexicon's comment lines. */
  static List<String[]> examples(String resource) throws IOException {
    String text;
    try (InputStream in = ProvincesTest.class.getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String[]> out = new ArrayList<>();
    Pattern pair = Pattern.compile("\"([^\"]+)\" -> ([^;\\n]+?)(?:;|$)", Pattern.MULTILINE);
    for (String line : text.split("\n")) {
      if (!line.startsWith("#")) {
        continue;
      }
      Matcher m = pair.matcher(line);
      while (m.find()) {
        out.add(new String[] {m.group(1), m.group(2).strip()});
      }
    }
    assertThat(out).as("examples in " + resource).isNotEmpty();
    return out;
  }
}
