package vanban.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryExpansionsTest {
  private final QueryExpansions expansions = QueryExpansions.get();

  @Test
  void anAbbreviationAlsoSearchesItsFullForms() {
    assertThat(expansions.expand("đẩy mạnh CCHC"))
        .isEqualTo("đẩy mạnh (CCHC | \"cải cách hành chính\")");
    assertThat(expansions.expand("dvhc cap xa"))
        .isEqualTo("(dvhc | \"đơn vị hành chính\") cap xa");
    assertThat(expansions.expand("CBCCVC"))
        .isEqualTo("(CBCCVC | \"cán bộ, công chức, viên chức\" | \"cán bộ công chức viên chức\")");
  }

  @Test
  void aFullFormAlsoSearchesItsAbbreviation() {
    assertThat(expansions.expand("cắt giảm thủ tục hành chính"))
        .isEqualTo("cắt giảm (\"thủ tục hành chính\" | TTHC)");
    assertThat(expansions.expand("thu tuc hanh chinh"))
        .isEqualTo("(\"thu tuc hanh chinh\" | TTHC)");
    assertThat(expansions.expand("cán bộ, công chức, viên chức"))
        .isEqualTo("(\"cán bộ, công chức, viên chức\" | CBCCVC)");
    assertThat(expansions.expand("khoa học công nghệ cấp huyện"))
        .isEqualTo("(\"khoa học công nghệ\" | KHCN | \"khoa học và công nghệ\") cấp huyện");
  }

  @Test
  void numeralsAreDigitsAndWords() {
    assertThat(expansions.expand("chính quyền 2 cấp")).isEqualTo("chính quyền (2 | 02 | hai) cấp");
    assertThat(expansions.expand("chính quyền hai cấp")).isEqualTo("chính quyền (hai | 2 | 02) cấp");
    assertThat(expansions.expand("02 chương trình")).isEqualTo("(2 | 02 | hai) chương trình");
    assertThat(expansions.expand("10 ngày")).isEqualTo("(10 | 10 | mười) ngày");
  }

  @Test
  void strippedWordsThatAreAlsoOtherWordsAreNotNumbers() {
    // sau is sáu and sau (after), nam is năm and Nam, ba is ba and bà.
    assertThat(expansions.expand("sau khi")).isEqualTo("sau khi");
    assertThat(expansions.expand("viet nam")).isEqualTo("viet nam");
    assertThat(expansions.expand("hai cap")).isEqualTo("(hai | 2 | 02) cap");
  }

  @Test
  void quotedAndExcludedWordsStayAsTyped() {
    assertThat(expansions.expand("\"CCHC\" -TTHC 2")).isEqualTo("\"CCHC\" -TTHC (2 | 02 | hai)");
    assertThat(expansions.expand("a | b")).isEqualTo("a | b");
  }
}
