package vanban.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vanban.model.Citation;
import vanban.model.Span;

/** What people type for an instrument, and which citations it matches. */
class SymbolQueryTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # typed                | typeCode | number | symbol
          26/CT-TTg              | CT       | 26     | 26/CT-TTg
          26/ct-ttg              | CT       | 26     | 26/CT-TTg
          CT 26/TTg              | CT       | 26     | 26/CT-TTg
          chi thi 26/CT-TTg      | CT       | 26     | 26/CT-TTg
          Chỉ thị số 26/CT-TTg   | CT       | 26     | 26/CT-TTg
          Chỉ thị 26             | CT       | 26     | -
          chỉ thị số 26          | CT       | 26     | -
          chi thi so 26          | CT       | 26     | -
          ket luan 29-KL/TU      | KL       | 29     | 29-KL/TU
          29-kl/tu               | KL       | 29     | 29-KL/TU
          KL 29/TU               | KL       | 29     | 29-KL/TU
          968 -CĐ/TTg            | CĐ       | 968    | 968/CĐ-TTg
          48/2018/qd-ubnd        | QĐ       | 48     | 48/2018/QĐ-UBND
          Quyết định 48/2018/QĐ-UBND | QĐ   | 48     | 48/2018/QĐ-UBND
          Số: 907/UBND-NV        | -        | 907    | 907/UBND-NV
          """)
  void parses(String typed, String typeCode, String number, String symbol) {
    SymbolQuery q = SymbolQuery.parse(typed).orElseThrow();
    assertThat(q.typeCode()).isEqualTo(typeCode);
    assertThat(q.number()).isEqualTo(number);
    assertThat(q.symbol() == null ? null : q.symbol().canonical()).isEqualTo(symbol);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "",
        "   ",
        "26",
        "Chỉ thị",
        "chi thi so",
        "kỷ luật",
        "15/4/2025",
        "2021-2030",
        "Điều 5",
        "Chỉ thị 48/2018/QĐ-UBND",
        "XYZ 26/TTg"
      })
  void rejects(String typed) {
    assertThat(SymbolQuery.parse(typed)).isEmpty();
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # query       | cited symbol | cited type code | cited number | matches
          CT 26/TTg     | 26/CT-TTg    | CT | 26 | true
          26/ct-ttg     | 26/CT-UBND   | CT | 26 | false
          Chỉ thị 26    | 26/CT-TTg    | CT | 26 | true
          Chỉ thị 26    | 26/CT-UBND   | CT | 26 | true
          Chỉ thị 26    | 26-CT/TW     | CT | 26 | true
          Chỉ thị 26    | 26-KL/TW     | KL | 26 | false
          Chỉ thị 5     | 05-CT/TW     | CT | 05 | true
          05-CT/TW      | 5-CT/TW      | CT | 5  | true
          chỉ thị số 26 | -            | -  | -  | false
          """)
  void matchesCitations(String typed, String symbol, String code, String number, boolean expected) {
    Citation c =
        new Citation(
            null,
            code,
            symbol,
            number,
            null,
            LocalDate.of(2020, 1, 1),
            null,
            null,
            null,
            null,
            "x",
            new Span(0, 1),
            null,
            null,
            null);
    assertThat(SymbolQuery.parse(typed).orElseThrow().matches(c)).isEqualTo(expected);
  }
}
