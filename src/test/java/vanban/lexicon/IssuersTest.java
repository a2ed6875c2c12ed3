package vanban.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssuersTest {

  @ParameterizedTest
  @CsvSource({
    "TỈNH ỦY HÀ TĨNH, Tỉnh ủy Hà Tĩnh",
    "TỈNH UỶ THANH HOÁ, Tỉnh ủy Thanh Hóa",
    "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ, Ủy ban nhân dân tỉnh Thừa Thiên Huế",
    "BAN THƯỜNG VỤ TỈNH ỦY, Ban Thường vụ Tỉnh ủy",
    "HUYỆN ỦY CAN LỘC, Huyện ủy Can Lộc",
    "BỘ NỘI VỤ, Bộ Nội vụ",
    "UBND TỈNH QUẢNG NAM, Ủy ban nhân dân tỉnh Quảng Nam",
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI, Ủy ban nhân dân thành phố Hà Nội",
    "PHÓ BÍ THƯ THƯỜNG TRỰC, Phó Bí thư Thường trực",
    "PHÓ BÍ THƯ, Phó Bí thư",
    "CHỦ TỊCH, Chủ tịch",
    "PHÓ CHỦ TỊCH, Phó Chủ tịch",
    "BAN THƯỜNG VỤ, Ban Thường vụ",
    "ỦY BAN NHÂN DÂN, Ủy ban nhân dân",
    "CHÁNH VĂN PHÒNG, Chánh Văn phòng",
    "BỘ TRƯỞNG, Bộ trưởng",
    "ĐẢNG ỦY XÃ THẠCH HÀ, Đảng ủy xã Thạch Hà",
  })
  void sentenceCasesHeaderCapitals(String caps, String expected) {
    assertThat(Issuers.get().sentenceCase(caps)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH, Ủy ban nhân dân, 4, state",
    "BAN THƯỜNG VỤ TỈNH ỦY, Ban Thường vụ Tỉnh ủy, 5, party",
    "THỦ TƯỚNG CHÍNH PHỦ, Thủ tướng Chính phủ, 4, state",
    "Ban Bí thư Trung ương Đảng, Ban Bí thư, 6, party",
  })
  void findsTheLongestIssuerAtTheStart(String text, String name, int words, String kind) {
    Issuers.Found found = Issuers.get().atStart(text).orElseThrow();
    assertThat(found.issuer().name()).isEqualTo(name);
    assertThat(found.words()).isEqualTo(words);
    assertThat(found.issuer().party()).isEqualTo(kind.equals("party"));
  }

  @ParameterizedTest
  @CsvSource({"TỈNH THỪA THIÊN HUẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Các sở, ban, ngành"})
  void otherTextStartsWithNoIssuer(String text) {
    assertThat(Issuers.get().atStart(text)).isEmpty();
  }

  @Test
  void everyExampleOfTheDataFilesHolds() throws IOException {
    for (String[] ex : ProvincesTest.examples("/vanban/lexicon/issuers.tsv")) {
      Issuers.Found found = Issuers.get().atStart(ex[0].replaceFirst("^CỦA ", "")).orElseThrow();
      assertThat(found.issuer().name()).as(ex[0]).isEqualTo(ex[1]);
    }
    for (String[] ex : ProvincesTest.examples("/vanban/lexicon/titles.tsv")) {
      assertThat(Issuers.get().sentenceCase(ex[0])).as(ex[0]).isEqualTo(ex[1]);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // tones lost and a letter misread, in a three-word name
        "TONG CYC THUE | Tổng cục Thuế",
        // a space lost and a letter misread, over what were two header lines
        "BQ LAO DONG - - THUONG BINH VÀ XÃ HOI | Bộ Lao động - Thương binh và Xã hội",
        "BO KE HOẠCH VADAUTU | Bộ Kế hoạch và Đầu tư",
        "CỤC THUÉ TỈNH BẮC NINH | Cục Thuế tỉnh Bắc Ninh",
        // real words are not bent into a near name
        "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN | Ủy ban nhân dân tỉnh Bình Thuận",
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH | LIÊN ĐOÀN LAO ĐỘNG tỉnh",
        "SỞ Y TẾ | Sở Y tế",
        // words no name explains stay as they are
        "TỔ CÔNG TÁC LIÊN NGÀNH | TỔ CÔNG TÁC LIÊN NGÀNH"
      })
  void respellsOcrDamagedNamesOfAHeader(String line, String expected) {
    assertThat(Issuers.get().respell(line)).isEqualTo(expected);
  }
}
