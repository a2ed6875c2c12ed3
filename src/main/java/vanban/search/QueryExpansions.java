package vanban.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vanban.lexicon.TsvResource;
import vanban.normalize.VietnameseNormalizer;

/**
 * Rewrites a query's words so that the other ways officials write the same thing match too, in
 * {@link org.apache.lucene.queryparser.simple.SimpleQueryParser} syntax: each rewritten word or
 * phrase becomes one group of alternatives, so a query's word count (and its minimum-should-match)
 * does not change.
 *
 * <ul>
 *   <li>Abbreviations ({@code abbreviations.tsv}): {@code CCHC} → {@code (CCHC | "cải cách hành
 *       chính")}, and {@code thủ tục hành chính} → {@code ("thủ tục hành chính" | TTHC)}; a full
 *       form also brings the abbreviation's other full forms ({@code khoa học công nghệ} → {@code
 *       ("khoa học công nghệ" | KHCN | "khoa học và công nghệ")}).
 *   <li>Numerals: {@code 2} → {@code (2 | 02 | hai)}; {@code hai} → {@code (hai | 2 | 02)}. Words
 *       without diacritics that another word shares once stripped ({@code sau} is sáu and sau,
 *       {@code nam} is năm and Nam) are not read as numbers.
 * </ul>
 *
 * Words inside {@code "quotes"} and after {@code -} are left as typed.
 */
final class QueryExpansions {
  private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"?|-?[^\\s\"|()]+|[|()]|\\s+");

  /** Number words one to ten, in their accented form, by value. */
  private static final List<String> NUMBER_WORDS =
      List.of("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười");

  /** Stripped number words that are only numbers: {@code hai}, {@code bon}, {@code chin}, {@code muoi}. */
  private static final List<String> UNAMBIGUOUS_STRIPPED = List.of("hai", "bon", "chin", "muoi");

  private static final QueryExpansions INSTANCE = new QueryExpansions();

  /** Folded abbreviation → the abbreviation and its full forms. */
  private final Map<String, Abbreviation> byAbbreviation = new LinkedHashMap<>();

  /** Folded full form (words joined by one space) → its abbreviation. */
  private final Map<List<String>, Abbreviation> byFullForm = new LinkedHashMap<>();

  private final int longestFullForm;

  record Abbreviation(String abbreviation, List<String> fullForms) {}

  static QueryExpansions get() {
    return INSTANCE;
  }

  private QueryExpansions() {
    int longest = 0;
    for (String[] row : TsvResource.rows("/vanban/search/abbreviations.tsv")) {
      List<String> forms = List.of(row[1].split("\\|"));
      Abbreviation a = new Abbreviation(row[0].strip(), forms.stream().map(String::strip).toList());
      byAbbreviation.put(fold(a.abbreviation()), a);
      for (String form : a.fullForms()) {
        List<String> words = words(form);
        byFullForm.put(words, a);
        longest = Math.max(longest, words.size());
      }
    }
    longestFullForm = longest;
  }

  /** {@code text} with its abbreviations, full forms and numerals as groups of alternatives. */
  String expand(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < tokens.size()) {
      String t = tokens.get(i);
      if (!isWord(t)) {
        out.append(t);
        i++;
        continue;
      }
      int[] end = new int[1];
      Abbreviation full = fullFormAt(tokens, i, end);
      if (full != null) {
        StringBuilder phrase = new StringBuilder();
        for (int k = i; k < end[0]; k++) {
          phrase.append(tokens.get(k));
        }
        String typed = phrase.toString().strip();
        out.append("(\"").append(typed).append("\" | ").append(full.abbreviation());
        for (String form : full.fullForms()) {
          if (!words(form).equals(words(typed))) {
            out.append(" | \"").append(form).append('"');
          }
        }
        out.append(')');
        i = end[0];
        continue;
      }
      Abbreviation abbreviation = byAbbreviation.get(fold(t));
      if (abbreviation != null) {
        out.append('(').append(t);
        for (String form : abbreviation.fullForms()) {
          out.append(" | \"").append(form).append('"');
        }
        out.append(')');
      } else {
        out.append(numeral(t));
      }
      i++;
    }
    return out.toString();
  }

  /** The abbreviation whose full form starts at token {@code i}, the longest; its end in {@code end}. */
  private Abbreviation fullFormAt(List<String> tokens, int i, int[] end) {
    List<String> words = new ArrayList<>();
    List<Integer> tokenEnds = new ArrayList<>();
    List<Integer> wordEnds = new ArrayList<>();
    int k = i;
    while (k < tokens.size() && words.size() < longestFullForm) {
      String t = tokens.get(k);
      if (isWord(t)) {
        words.addAll(words(t));
        tokenEnds.add(k + 1);
        wordEnds.add(words.size());
      } else if (!t.isBlank()) {
        break;
      }
      k++;
    }
    for (int n = tokenEnds.size(); n >= 1; n--) {
      if (wordEnds.get(n - 1) < 2) {
        break;
      }
      Abbreviation a = byFullForm.get(words.subList(0, wordEnds.get(n - 1)));
      if (a != null) {
        end[0] = tokenEnds.get(n - 1);
        return a;
      }
    }
    return null;
  }

  private static String numeral(String word) {
    if (word.matches("\\d{1,2}")) {
      int value = Integer.parseInt(word);
      if (value >= 1 && value <= 10) {
        String digits = String.valueOf(value);
        return "(" + digits + " | " + (value < 10 ? "0" + digits : digits) + " | " + NUMBER_WORDS.get(value - 1) + ")";
      }
      return word;
    }
    String lower = VietnameseNormalizer.foldTonePlacement(word.toLowerCase(Locale.ROOT));
    int index = NUMBER_WORDS.indexOf(lower);
    if (index < 0 && UNAMBIGUOUS_STRIPPED.contains(lower)) {
      index = NUMBER_WORDS.stream().map(QueryExpansions::fold).toList().indexOf(lower);
    }
    if (index < 0) {
      return word;
    }
    int value = index + 1;
    return "(" + word + " | " + value + (value < 10 ? " | 0" + value : "") + ")";
  }

  /** A query word this class may rewrite: not quoted, not excluded, not an operator. */
  private static boolean isWord(String token) {
    return !token.isBlank()
        && !token.startsWith("\"")
        && !token.startsWith("-")
        && !token.equals("|")
        && !token.equals("(")
        && !token.equals(")");
  }

  /** Folded words of {@code s}, punctuation dropped: {@code cán bộ, công chức} → [can, bo, cong, chuc]. */
  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : fold(s).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static String fold(String s) {
    return VietnameseNormalizer.stripDiacritics(s).toLowerCase(Locale.ROOT);
  }
}
