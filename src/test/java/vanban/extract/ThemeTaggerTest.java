package vanban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The theme taxonomy ({@code themes.tsv}): ids, worked examples, whole-word matching. */
class ThemeTaggerTest {
  /** The ids SCHEMA.md names, in its order. */
  private static final List<String> SCHEMA_IDS =
      List.of(
          "alcohol",
          "working-hours",
          "public-vehicles",
          "sports",
          "social-media",
          "smoking",
          "meetings",
          "staff-evaluation",
          "inspection",
          "leader-responsibility",
          "one-stop-shop",
          "admin-reform",
          "digital-transformation",
          "reporting",
          "social-evils",
          "ceremonies",
          "traffic-safety",
          "secrecy",
          "anti-corruption",
          "kpi",
          "citizen-service");

  @Test
  void idsAreThoseOfTheSchema() {
    assertThat(ThemeTagger.get().themes())
        .extracting(ThemeTagger.Theme::id)
        .containsAll(SCHEMA_IDS);
  }

  static Stream<Arguments> examples() {
    return ThemeTagger.get().themes().stream().map(t -> Arguments.of(t.id(), t.example()));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("examples")
  void everyExampleIsTagged(String id, String example) {
    assertThat(example).isNotBlank();
    assertThat(ThemeTagger.get().tag(example)).contains(id);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "không sử dụng đồ uống có cồn trong giờ hành chính | alcohol working-hours",
        "Thực hiện có hiệu quả cơ chế một cửa, một cửa liên thông | one-stop-shop",
        "Luật Phòng, chống tác hại của thuốc lá, Luật Phòng, chống tác hại của rượu, bia | alcohol"
            + " smoking",
        "xây dựng văn hoá công sở | ''",
        "biên bản, bìa hồ sơ | ''",
        "CHUYỂN ĐỔI SỐ | digital-transformation",
        "nâng cao ý thức phục vụ nhân dân | citizen-service",
      })
  void tags(String text, String expected) {
    assertThat(ThemeTagger.get().tag(text))
        .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
  }
}
