package vanban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vanban.lexicon.DocumentTypes;
import vanban.lexicon.IssuerCodes;

/** Every worked example in this package's lexicons holds. */
class CitationLexiconTest {

  @Test
  void everyRelationCueMatchesItsExample() {
    for (RelationCues.Cue cue : RelationCues.get().cues()) {
      assertThat(cue.example()).as(cue.pattern().pattern()).isNotBlank();
      assertThat(RelationCues.get().find(cue.example()))
          .as("example of %s: [%s]", cue.relation(), cue.example())
          .hasValueSatisfying(
              f -> {
                assertThat(f.relation()).isEqualTo(cue.relation());
                assertThat(f.passive()).isEqualTo(cue.passive());
              });
    }
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ' ngày 16/02/2019 của UBND tỉnh; '
          ' của Bộ Chính trị và '
          ' ngày 05/9/2016 của Thủ tướng Chính phủ về tăng cường kỷ luật; '
          ' về đẩy mạnh thực hiện Chương trình tổng thể, '
          """)
  void findsNoRelationInPlainText(String between) {
    assertThat(RelationCues.get().find(between)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
Luật Cán bộ, công chức, Luật Viên chức và | Luật Cán bộ, công chức
thực hiện nghiêm Luật Phòng, chống tác hại của rượu, bia. | Luật Phòng, chống tác hại của rượu, bia
theo Luật Tổ chức chính quyền địa phương năm 2015 và | Luật Tổ chức chính quyền địa phương năm 2015
theo Luật Thủ đô, các nghị định | Luật Thủ đô
""")
  void lawNameExamples(String text, String name) {
    List<UnnumberedInstruments.Found> found = UnnumberedInstruments.get().find(text);
    assertThat(found.get(0).name()).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Ban Chấp hành Trung ương Đảng
          Ủy ban nhân dân tỉnh Thừa Thiên Huế
          Bộ Lao động - Thương binh và Xã hội
          Bộ Chính trị, Ban Bí thư
          Bộ Giáo dục và Đào tạo
          Thủ tướng Chính phủ
          """)
  void issuerWordExamples(String issuer) {
    String text = "theo Kết luận của " + issuer + " về việc";
    int start = text.indexOf(issuer);
    assertThat(text.substring(start, IssuerReader.get().end(text, start))).isEqualTo(issuer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          của Thủ tướng Chính phủ phê duyệt Đề án     | Thủ tướng Chính phủ
          của UBND tỉnh thông báo kết quả             | UBND tỉnh
          của UBND tỉnh và các sở                     | UBND tỉnh
          của Chủ tịch UBND tỉnh và Thông báo số 5    | Chủ tịch UBND tỉnh
          của Ban Thường vụ Tỉnh ủy ban hành Kết luận | Ban Thường vụ Tỉnh ủy
          của Bộ Chính trị khóa XII                   | Bộ Chính trị
          của Ban Thường vụ Tỉnh ủy, Thủ trưởng các sở | Ban Thường vụ Tỉnh ủy
          """)
  void issuerEndsWhereTheNameDoes(String text, String issuer) {
    int start = text.indexOf(' ') + 1;
    assertThat(text.substring(start, IssuerReader.get().end(text, start))).isEqualTo(issuer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Ban Bí thư Trung ương | Ban Bí thư
          Ban Bí thư Trung ương Đảng | Ban Bí thư
          Thủ tướng Chính phủ | Thủ tướng Chính phủ
          """)
  void issuerAliasExamples(String written, String canonical) {
    assertThat(IssuerAliases.get().canonical(written)).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Chỉ thị | CT
          chỉ thị | CT
          Công điện | CĐ
          Quy định | QĐ
          Thông tư liên tịch | TTLT
          """)
  void documentTypeExamples(String name, String code) {
    assertThat(DocumentTypes.get().byName(name).orElseThrow().code()).isEqualTo(code);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Quy định         | Quy định
          Quyết định       | Quyết định
          Quy chế làm việc | Quy chế
          chỉ thị          | Chỉ thị
          """)
  void reportsTheWrittenTypeName(String written, String reported) {
    assertThat(DocumentTypes.get().reportedName(written)).hasValue(reported);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          TW    | true  | false
          TU    | true  | true
          HU    | true  | true
          BTGTU | true  | true
          TTg   | false | false
          UBND  | false | true
          BNV   | false | false
          SNV   | false | true
          QH12  | false | false
          """)
  void issuerCodeExamples(String code, boolean party, boolean local) {
    assertThat(IssuerCodes.get().isParty(code)).isEqualTo(party);
    assertThat(IssuerCodes.get().isLocal(code)).isEqualTo(local);
  }
}
