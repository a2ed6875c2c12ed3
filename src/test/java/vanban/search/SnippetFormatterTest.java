package vanban.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vanban.model.Snippet;

class SnippetFormatterTest {

  /** Matches as {@code [start, end)} of every occurrence of {@code words} in {@code content}. */
  static List<int[]> occurrences(String content, String... words) {
    List<int[]> out = new ArrayList<>();
    for (String w : words) {
      for (int i = content.indexOf(w); i >= 0; i = content.indexOf(w, i + 1)) {
        out.add(new int[] {i, i + w.length()});
      }
    }
    return out;
  }

  static String marked(Snippet s) {
    StringBuilder out = new StringBuilder(s.text());
    for (int i = s.highlights().size() - 1; i >= 0; i--) {
      out.insert(s.highlights().get(i).end(), "]").insert(s.highlights().get(i).start(), "[");
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # content (\\n, \\t, ~ for NBSP)          | matched words  | expected, [marked]
          cấm  rượu,\\n bia trong giờ              | rượu bia       | cấm [rượu], [bia] trong giờ
          '\\t kỷ luật \\n'                        | kỷ             | [kỷ] luật
          kỷ~luật                                 | luật           | kỷ [luật]
          không có gì                             | rượu           | không có gì
          '  '                                    | rượu           | ''
          """)
  void collapsesWhitespaceAndMapsSpans(String content, String words, String expected) {
    String text = content.replace("\\n", "\n").replace("\\t", "\t").replace('~', '\u00a0');
    Snippet s = SnippetFormatter.snippet(text, 0, text.length(), occurrences(text, words.split(" ")));
    assertThat(marked(s)).isEqualTo(expected);
  }

  @Test
  void overlappingMatchesOfTheTwoFieldsMerge() {
    String text = "tự chuyển hoá số";
    List<int[]> matches = List.of(new int[] {3, 13}, new int[] {3, 9}, new int[] {10, 13});
    assertThat(marked(SnippetFormatter.snippet(text, 0, text.length(), matches)))
        .isEqualTo("tự [chuyển hoá] số");
  }

  @Test
  void longPassageIsCutAroundTheFirstMatchAtWordBoundaries() {
    String before = "một hai ba bốn năm ".repeat(20);
    String after = " sáu bảy tám chín mười".repeat(20);
    String text = before + "rượu bia" + after;
    Snippet s = SnippetFormatter.snippet(text, 0, text.length(), occurrences(text, "rượu", "bia"));
    assertThat(s.text()).startsWith("… ").endsWith(" …").contains("rượu bia");
    assertThat(s.text().length()).isBetween(150, SnippetFormatter.TARGET_LENGTH + 10);
    assertThat(s.text()).doesNotContain("ộ ").matches("… (\\S+ )+…");
    assertThat(marked(s)).contains("[rượu] [bia]");
  }

  @Test
  void firstSentenceIsTheFallback() {
    assertThat(marked(SnippetFormatter.firstSentence("\n  Về kỷ luật. Câu hai.")))
        .isEqualTo("Về kỷ luật.");
    assertThat(SnippetFormatter.firstSentence("").text()).isEmpty();
    String longSentence = "chữ ".repeat(200);
    assertThat(SnippetFormatter.firstSentence(longSentence).text()).endsWith(" …").hasSizeLessThan(215);
  }
}
