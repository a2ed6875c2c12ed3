package vanban.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vanban.model.Span;

class HtmlWriterTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "plain text|plain text",
        "<script>alert(1)</script>|&lt;script&gt;alert(1)&lt;/script&gt;",
        "a & b|a &amp; b",
        "\"quoted\" 'single'|&quot;quoted&quot; &#39;single&#39;",
        "Chỉ thị 26/CT-TTg|Chỉ thị 26/CT-TTg",
        "&lt;|&amp;lt;",
      })
  void escapes(String in, String out) {
    assertThat(HtmlWriter.escape(in)).isEqualTo(out);
  }

  @Test
  void attributesAreEscapedAndNullAttributesDropped() {
    String html =
        new HtmlWriter()
            .open("a", "href", "/x?a=1&b=\"2\"", "title", null)
            .text("<b>")
            .end("a")
            .toString();
    assertThat(html).isEqualTo("<a href=\"/x?a=1&amp;b=&quot;2&quot;\">&lt;b&gt;</a>");
  }

  @Test
  void marksHighlightsAndEscapesAroundThem() {
    String html =
        new HtmlWriter()
            .marked("a <b> kỷ luật & c", List.of(new Span(6, 13), new Span(40, 50)))
            .toString();
    assertThat(html).isEqualTo("a &lt;b&gt; <mark>kỷ luật</mark> &amp; c");
  }
}
