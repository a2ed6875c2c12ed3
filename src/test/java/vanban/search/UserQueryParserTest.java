package vanban.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vanban.index.IndexFields;
import vanban.lexicon.NumberSymbol;

class UserQueryParserTest {

  @ParameterizedTest(name = "{index}: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # query                                     | symbols (canonical, space-separated) | words left
          26/CT-TTg                                   | 26/CT-TTg                | ''
          26/ct-ttg                                   | 26/CT-TTg                | ''
          CT 26/TTg                                   | 26/CT-TTg                | ''
          chi thi 26/CT-TTg                           | 26/CT-TTg                | ''
          Chỉ thị số 26/CT-TTg về kỷ luật             | 26/CT-TTg                | về kỷ luật
          kết luận 26/CT-TTg                          | 26/CT-TTg                | kết luận
          ct 26/tw                                    | 26-CT/TW                 | ''
          26 CT/TW                                    | 26-CT/TW                 | ''
          Số: 1567 -CV/TU                             | 1567-CV/TU               | ''
          Công văn số 907/UBND-NV                     | 907/UBND-NV              | ''
          968 -CĐ/TTg                                 | 968/CĐ-TTg               | ''
          48/2018/qđ-ubnd                             | 48/2018/QĐ-UBND          | ''
          '"26/CT-TTg" rượu'                          | 26/CT-TTg                | '" " rượu'
          29-KL/TU 26/CT-TTg                          | 29-KL/TU 26/CT-TTg       | ''
          giai đoạn 2021-2030                         | ''                       | giai đoạn 2021-2030
          V/v kỷ luật                                 | ''                       | V/v kỷ luật
          covid-19 năm 2022                           | ''                       | covid-19 năm 2022
          ngày 05/9/2016                              | ''                       | ngày 05/9/2016
          """)
  void splitsSymbolsFromWords(String query, String symbols, String words) {
    UserQueryParser.Parts parts = UserQueryParser.split(query);
    List<String> expected = symbols.isBlank() ? List.of() : List.of(symbols.split(" "));
    assertThat(parts.symbols()).extracting(NumberSymbol::canonical).containsExactlyElementsOf(expected);
    assertThat(parts.words().strip().replaceAll("\\s+", " ")).isEqualTo(words);
  }

  private final UserQueryParser parser = new UserQueryParser(IndexFields.analyzer());

  @Test
  void blankMatchesAllAndPunctuationMatchesNothing() {
    assertThat(parser.parse(null)).isInstanceOf(MatchAllDocsQuery.class);
    assertThat(parser.parse("  \t")).isInstanceOf(MatchAllDocsQuery.class);
    assertThat(parser.parse("!!! ///")).isInstanceOf(MatchNoDocsQuery.class);
  }

  @Test
  void symbolMatchesOwnSymbolCitedSymbolOrTextPhrase() {
    assertThat(parser.parse("26/ct-ttg !!").toString())
        .isEqualTo(
            "+((symbol:26/ct-ttg)^4.0 (cites:26/ct-ttg)^2.0 text:\"26 ct ttg\""
                + " text_folded:\"26 ct ttg\")");
  }

  @Test
  void wordsAreMatchedInAnyFieldExactBoostedAndRewardedTogether() {
    assertThat(parser.parse("Kỷ hoá").toString())
        .isEqualTo(
            "+(+((text:kỷ)^2.0 text_folded:ky (subject:kỷ)^3.0)"
                + " +((text:hóa)^2.0 text_folded:hoa (subject:hóa)^3.0))"
                + " (text_bigrams:kỷ hóa)^1.5");
  }

  @Test
  void mostButNotAllWordsOfALongQueryAreRequired() {
    // Four words: three must match; five to seven: all but one; eight: all but two.
    assertThat(parser.parse("phong trào thi đua").toString()).contains(")~3");
    assertThat(parser.parse("đội ngũ báo cáo viên").toString()).contains(")~4");
    assertThat(parser.parse("á b c d e f g h").toString()).contains(")~6");
    // Typed without diacritics, or asked for: every word.
    assertThat(parser.parse("phong trao thi dua").toString()).doesNotContain("~");
    assertThat(parser.parse("phong trào thi đua", true).toString()).doesNotContain("~");
    assertThat(parser.parse("\"kỷ luật\"").toString()).doesNotContain("~");
  }

  @Test
  void aQueryTypedWithoutDiacriticsSearchesTheFoldedFieldsOnly() {
    String q = parser.parse("ky luat").toString();
    assertThat(q).contains("text_folded:ky", "subject_folded:luat").doesNotContain("text:", "subject:");
  }

  @Test
  void abbreviationsAndNumeralsAreAlternatives() {
    assertThat(parser.parse("CCHC").toString()).contains("text_folded:cchc", "text_folded:\"cai cach hanh chinh\"");
    assertThat(parser.parse("chính quyền 2 cấp").toString()).contains("text:hai", "text_folded:02");
  }

  @Test
  void capitalOperatorsAreOperators() {
    assertThat(parser.parse("a OR b").toString()).doesNotContain("text:or");
    assertThat(parser.parse("a AND b").toString()).doesNotContain("text:and");
    assertThat(parser.parse("a NOT b").toString()).contains("-(");
    assertThat(parser.parse("a and b").toString()).contains("text_folded:and");
  }

  @Test
  void veryLongQueriesAreCut() {
    String query = "kỷ luật ".repeat(1000);
    assertThat(parser.parse(query).toString().split("text_folded:(?!\")").length - 1)
        .isLessThanOrEqualTo(UserQueryParser.MAX_WORDS);
  }

  /** Every query of {@code q}'s tree of the given class. */
  private static <T extends org.apache.lucene.search.Query> List<T> all(
      org.apache.lucene.search.Query q, Class<T> kind) {
    List<T> out = new java.util.ArrayList<>();
    q.visit(
        new org.apache.lucene.search.QueryVisitor() {
          @Override
          public org.apache.lucene.search.QueryVisitor getSubVisitor(
              org.apache.lucene.search.BooleanClause.Occur occur,
              org.apache.lucene.search.Query parent) {
            return this;
          }

          @Override
          public void visitLeaf(org.apache.lucene.search.Query query) {
            if (kind.isInstance(query)) {
              out.add(kind.cast(query));
            }
          }

          @Override
          public void consumeTermsMatching(
              org.apache.lucene.search.Query query,
              String field,
              java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> a) {
            visitLeaf(query);
          }
        });
    return out;
  }

  @Test
  void expensiveSyntaxOnlyWhenAskedForAndBounded() {
    UserQueryParser parser = new UserQueryParser(IndexFields.analyzer());
    for (String q : List.of("luat~2", "lu*", "\"kỷ luật\"~3", "/reg.x/", "kỷ~1 luật")) {
      org.apache.lucene.search.Query plain = parser.parse(q, true, false);
      assertThat(all(plain, org.apache.lucene.search.MultiTermQuery.class)).as(q).isEmpty();
      assertThat(plain.toString()).as(q).doesNotContain("~").doesNotContain("*");
    }
    // Regular expressions are never read: /reg.x/ is the words reg and x, syntax or not.
    assertThat(all(parser.parse("/reg.x/", true, true), org.apache.lucene.search.MultiTermQuery.class))
        .isEmpty();
    assertBounded(parser.parse("luat~2", true, true), org.apache.lucene.search.FuzzyQuery.class);
    assertBounded(parser.parse("lu*", true, true), org.apache.lucene.search.PrefixQuery.class);
  }

  /** {@code q} holds queries of {@code kind}, each expanding to at most the bound. */
  private static void assertBounded(
      org.apache.lucene.search.Query q,
      Class<? extends org.apache.lucene.search.MultiTermQuery> kind) {
    var found = all(q, kind);
    assertThat(found).isNotEmpty();
    assertThat(found)
        .allSatisfy(
            m ->
                assertThat(m.getRewriteMethod())
                    .isInstanceOfSatisfying(
                        org.apache.lucene.search.MultiTermQuery.TopTermsBlendedFreqScoringRewrite.class,
                        r -> assertThat(r.getSize()).isEqualTo(BoundedQueryParser.MAX_EXPANSIONS)));
  }
}
