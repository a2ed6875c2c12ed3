package vanban.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParametersTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "q=ky+luat|ky luat",
        "q=k%E1%BB%B7%20lu%E1%BA%ADt|kỷ luật",
        "q=26%2FCT-TTg&q=other|26/CT-TTg",
        "q=%3Cscript%3E|<script>",
        "x=1&q=+a+|a",
      })
  void decodesTheFirstValue(String raw, String q) {
    assertThat(QueryParameters.parse(raw).orNull("q")).isEqualTo(q);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "q=", "q=%20%20", "other=1"})
  void blankIsAbsent(String raw) {
    assertThat(QueryParameters.parse(raw).get("q")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"q=%zz", "q=%E", "q=%FF", "q=%C3%28", "q=k%E1%BB", "limit=abc", "limit=0", "limit=99999", "from=2023-02-30"})
  void badValuesAre400(String raw) {
    assertThatThrownBy(
            () -> {
              QueryParameters p = QueryParameters.parse(raw);
              p.intIn("limit", 1, 100, 10);
              p.date("from");
            })
        .isInstanceOfSatisfying(HttpProblem.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void tooManyParametersAre400() {
    assertThatThrownBy(() -> QueryParameters.parse("a=1&".repeat(40)))
        .isInstanceOf(HttpProblem.class);
  }

  @Test
  void rawUtf8AsTheJdkReadsItIsDecodedAsUtf8() {
    // The JDK server reads the request line as ISO-8859-1: one char per byte.
    String asRead = new String("q=kỷ+luật".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(QueryParameters.parse(asRead).orNull("q")).isEqualTo("kỷ luật");
    assertThat(UrlDecoding.decode("a+b%2Bc", false, "path")).isEqualTo("a+b+c");
  }
}
