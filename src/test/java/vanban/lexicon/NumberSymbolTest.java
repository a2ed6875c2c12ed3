package vanban.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every variant of DOMAIN.md §2: written form -> canonical form and parts; and what is no symbol.
 */
class NumberSymbolTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # written             | canonical          | number | year | type | issuer  | unit | party
          48/2018/QĐ-UBND       | 48/2018/QĐ-UBND    | 48     | 2018 | QĐ   | UBND    | -    | false
          30/2020/NĐ-CP         | 30/2020/NĐ-CP      | 30     | 2020 | NĐ   | CP      | -    | false
          22/2008/QH12          | 22/2008/QH12       | 22     | 2008 | -    | QH12    | -    | false
          26/CT-TTg             | 26/CT-TTg          | 26     | -    | CT   | TTg     | -    | false
          968/CĐ-TTg            | 968/CĐ-TTg         | 968    | -    | CĐ   | TTg     | -    | false
          26/CT-UBND            | 26/CT-UBND         | 26     | -    | CT   | UBND    | -    | false
          907/UBND-NV           | 907/UBND-NV        | 907    | -    | -    | UBND    | NV   | false
          1234/BNV-CCVC         | 1234/BNV-CCVC      | 1234   | -    | -    | BNV     | CCVC | false
          29-KL/TU              | 29-KL/TU           | 29     | -    | KL   | TU      | -    | true
          05-CT/TW              | 05-CT/TW           | 05     | -    | CT   | TW      | -    | true
          1567-CV/TU            | 1567-CV/TU         | 1567   | -    | CV   | TU      | -    | true
          06-QC/TU              | 06-QC/TU           | 06     | -    | QC   | TU      | -    | true
          37-QĐ/TW              | 37-QĐ/TW           | 37     | -    | QĐ   | TW      | -    | true
          12-KH/HU              | 12-KH/HU           | 12     | -    | KH   | HU      | -    | true
          1567 -CV/TU           | 1567-CV/TU         | 1567   | -    | CV   | TU      | -    | true
          26 CT/TW              | 26-CT/TW           | 26     | -    | CT   | TW      | -    | true
          968 -CĐ/TTg           | 968/CĐ-TTg         | 968    | -    | CĐ   | TTg     | -    | false
          Số: 907/UBND-NV       | 907/UBND-NV        | 907    | -    | -    | UBND    | NV   | false
          Số 1567 -CV/TU        | 1567-CV/TU         | 1567   | -    | CV   | TU      | -    | true
          26/ct-ttg             | 26/CT-TTg          | 26     | -    | CT   | TTg     | -    | false
          29–KL/TU              | 29-KL/TU           | 29     | -    | KL   | TU      | -    | true
          03/2006/TTLT-BNV-BTC  | 03/2006/TTLT-BNV-BTC | 03   | 2006 | TTLT | BNV-BTC | -    | false
          01/2011/TT-BNV        | 01/2011/TT-BNV     | 01     | 2011 | TT   | BNV     | -    | false
          45/QĐ-TTg             | 45/QĐ-TTg          | 45     | -    | QĐ   | TTg     | -    | false
          299/TTg               | 299/TTg            | 299    | -    | -    | TTg     | -    | false
          61-CP                 | 61-CP              | 61     | -    | -    | CP      | -    | false
          7-2015/NQ-CP          | 7-2015/NQ-CP       | 7      | 2015 | NQ   | CP      | -    | false
          12a/NQ-CP             | 12a/NQ-CP          | 12a    | -    | NQ   | CP      | -    | false
          08-QĐi/TW             | 08-QĐi/TW          | 08     | -    | QĐi  | TW      | -    | true
          25/NQ- -CP            | 25/NQ-CP           | 25     | -    | NQ   | CP      | -    | false
          05/2012/TT_BTC        | 05/2012/TT-BTC     | 05     | 2012 | TT   | BTC     | -    | false
          55/2019/QHI4          | 55/2019/QH14       | 55     | 2019 | -    | QH14    | -    | false
          210/NQUBTVQH14        | 210/NQ-UBTVQH14    | 210    | -    | NQ   | UBTVQH14 | -   | false
          """)
  void parsesEveryVariant(
      String written,
      String canonical,
      String number,
      Integer year,
      String type,
      String issuer,
      String unit,
      boolean party) {
    NumberSymbol s = NumberSymbol.parse(written).orElseThrow();
    assertThat(s.canonical()).isEqualTo(canonical);
    assertThat(s.number()).isEqualTo(number);
    assertThat(s.year()).isEqualTo(year);
    assertThat(s.typeCode()).isEqualTo(type);
    assertThat(s.issuer()).isEqualTo(issuer);
    assertThat(s.unit()).isEqualTo(unit);
    assertThat(s.party()).isEqualTo(party);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "",
        "26",
        "CT/TW",
        "15/4/2025",
        "2021-2030",
        "2020 – 2025",
        "0912.345.678",
        "0239 3855 123",
        "Điều 5",
        "COVID-19",
        "khóa XII",
        "TTg",
        "26/",
        "1A"
      })
  void rejectsWhatIsNoSymbol(String written) {
    assertThat(NumberSymbol.parse(written)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "giai đoạn 2021-2030 và nhiệm kỳ 2020 – 2025",
        "ngày 15/4/2025 và ngày 16-02-2023",
        "điện thoại 0239.3855.123, fax 0239 3855 124",
        "theo Điều 5, khoản 2 Điều 12",
        "phòng, chống dịch COVID-19 trên địa bàn",
        "khóa XII, nhiệm kỳ 2016-2021",
        "khoa học-công nghệ và chuyển đổi số",
        "Quốc lộ 1A, tầng 3 Nhà B",
        "theo Điều 5 NĐ-CP và khoản 2 TT-BNV",
        "năm 2024 CT/TW",
        "trong giai đoạn 2016-2020/NQ-CP",
        "Điều 5a và khoản 2",
        "bảng 3 ABC/XYZ"
      })
  void findsNothingInTextWithoutSymbols(String text) {
    assertThat(NumberSymbol.find(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng       | 26/CT-TTg
          Kết luận số 29-KL/TU, ngày 22/7/2021                    | 29-KL/TU
          Chỉ thị số 26 CT/TW, ngày 23/11/2023                    | 26-CT/TW
          Công điện số 968 -CĐ/TTg, ngày 16/10/2023               | 968/CĐ-TTg
          của Quyết định số 48/2018/QĐ-UBND.                      | 48/2018/QĐ-UBND
          theo Công văn số 4521/BTC-CSTngày 02/5/2024             | 4521/BTC-CST
          Nghị quyết số 7- 2015/NQ-CP ngày 10/02/2015             | 7-2015/NQ-CP
          """)
  void findsOneSymbolInRunningText(String text, String canonical) {
    List<NumberSymbol.Match> found = NumberSymbol.find(text);
    assertThat(found).extracting(m -> m.symbol().canonical()).containsExactly(canonical);
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          05-CT/TW    | 5-CT/TW
          26/ct-ttg   | 26/CT-TTg
          968 -CĐ/TTg | 968/CD-TTG
          """)
  void keysIgnoreCaseAccentsAndLeadingZeros(String a, String b) {
    assertThat(NumberSymbol.parse(a).orElseThrow().key()).isEqualTo(NumberSymbol.keyOf(b));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # written       | canonical       | number | year
          KTX- 05/2022    | KTX-05/2022     | 05     | 2022
          18/HNV.QN       | 18/HNV.QN       | 18     | -
          PTC/0712        | PTC/0712        | 0712   | -
          04/2019CV-TM    | 04/2019CV-TM    | 04     | 2019
          """)
  void keepsALettersOwnNumberAsPrinted(
      String written, String canonical, String number, Integer year) {
    NumberSymbol s = NumberSymbol.asPrinted(written);
    assertThat(s.canonical()).isEqualTo(canonical);
    assertThat(s.number()).isEqualTo(number);
    assertThat(s.year()).isEqualTo(year);
    assertThat(s.key()).isEqualTo(NumberSymbol.keyOf(canonical));
  }
}
