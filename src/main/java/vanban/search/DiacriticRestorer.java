package vanban.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import vanban.index.IndexFields;
import vanban.normalize.VietnameseNormalizer;

/**
 * Puts the diacritics back on a query typed without them, from the corpus's own statistics: {@code
 * bo tri du bien che giao vien} → {@code bố trí đủ biên chế giáo viên}. No external model.
 *
 * <p>Each syllable's accented forms are generated (vowel marks {@code ă â ê ô ơ ư}, {@code đ}, and
 * the five tones on any vowel) and kept when the exact text field has them; the most frequent few
 * of each are the candidates. The sentence chosen is the one that maximises, over its syllables,
 * the log frequency of each form plus three times the log count of documents where each
 * neighbouring pair stands together (a term lookup in {@link IndexFields#TEXT_BIGRAMS}). Viterbi
 * over the candidates finds it.
 */
public final class DiacriticRestorer {
  /** Candidate forms kept per syllable. */
  private static final int CANDIDATES = 4;

  /** Words of letters only are restored; digits, symbols and abbreviations are kept as typed. */
  private static final Pattern SYLLABLE = Pattern.compile("\\p{L}+");

  private static final Pattern TOKEN = Pattern.compile("\\S+");

  /** Combining tone marks: acute, grave, hook above, tilde, dot below. */
  private static final char[] TONES = {'\u0301', '\u0300', '\u0309', '\u0303', '\u0323'};

  private static final String VOWELS = "aeiouy";

  private final IndexReader reader;
  /** Entries kept in each cache before it starts again: a server answers many queries. */
  private static final int MAX_CACHED = 100_000;

  private final Map<String, List<Candidate>> candidates = new ConcurrentHashMap<>();
  private final Map<String, Long> pairs = new ConcurrentHashMap<>();

  /** An accented form of a syllable and how often the exact text field has it. */
  record Candidate(String form, long frequency) {}

  public DiacriticRestorer(IndexReader reader) {
    this.reader = reader;
  }

  /**
   * The most likely accented form of {@code query}, lower-case; empty when the query has
   * diacritics already, or when no syllable of it could be given any.
   */
  public Optional<String> restore(String query) {
    if (query == null || VietnameseNormalizer.hasDiacritics(query)) {
      return Optional.empty();
    }
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(query);
    while (m.find()) {
      tokens.add(m.group());
    }
    List<List<Candidate>> options = new ArrayList<>();
    boolean any = false;
    for (String token : tokens) {
      String lower = token.toLowerCase(Locale.ROOT);
      List<Candidate> c = SYLLABLE.matcher(lower).matches() && !isAbbreviation(token) ? candidates(lower) : List.of();
      if (c.isEmpty()) {
        c = List.of(new Candidate(token, 1));
      } else if (c.size() > 1 || !c.get(0).form().equals(lower)) {
        any = true;
      }
      options.add(c);
    }
    if (!any) {
      return Optional.empty();
    }
    String best = String.join(" ", viterbi(options));
    return best.equals(query.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " "))
        ? Optional.empty()
        : Optional.of(best);
  }

  /** Upper-case words of two or more letters ({@code UBND}, {@code CCHC}): kept as typed. */
  public static boolean isAbbreviation(String token) {
    return token.length() >= 2 && token.equals(token.toUpperCase(Locale.ROOT)) && !token.equals(token.toLowerCase(Locale.ROOT));
  }

  private List<String> viterbi(List<List<Candidate>> options) {
    int n = options.size();
    double[][] score = new double[n][];
    int[][] back = new int[n][];
    for (int i = 0; i < n; i++) {
      List<Candidate> here = options.get(i);
      score[i] = new double[here.size()];
      back[i] = new int[here.size()];
      for (int j = 0; j < here.size(); j++) {
        double own = Math.log1p(here.get(j).frequency());
        if (i == 0) {
          score[i][j] = own;
          continue;
        }
        List<Candidate> before = options.get(i - 1);
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < before.size(); k++) {
          double s = score[i - 1][k] + own + 3 * Math.log1p(pairCount(before.get(k).form(), here.get(j).form()));
          if (s > best) {
            best = s;
            back[i][j] = k;
          }
        }
        score[i][j] = best;
      }
    }
    int j = 0;
    for (int k = 1; k < score[n - 1].length; k++) {
      if (score[n - 1][k] > score[n - 1][j]) {
        j = k;
      }
    }
    String[] out = new String[n];
    for (int i = n - 1; i >= 0; i--) {
      out[i] = options.get(i).get(j).form();
      j = back[i][j];
    }
    return List.of(out);
  }

  /** Documents where {@code a} stands right before {@code b} ({@link IndexFields#TEXT_BIGRAMS}). */
  private long pairCount(String a, String b) {
    if (pairs.size() > MAX_CACHED) {
      pairs.clear();
    }
    return pairs.computeIfAbsent(
        a + " " + b,
        pair -> {
          try {
            return (long) reader.docFreq(new Term(IndexFields.TEXT_BIGRAMS, pair));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The accented forms of folded syllable {@code s} the text has, most frequent first. */
  List<Candidate> candidates(String s) {
    if (candidates.size() > MAX_CACHED) {
      candidates.clear();
    }
    return candidates.computeIfAbsent(
        s,
        key -> {
          Map<String, Long> found = new LinkedHashMap<>();
          for (String form : forms(key)) {
            try {
              long f = reader.totalTermFreq(new Term(IndexFields.TEXT, form));
              if (f > 0) {
                found.merge(form, f, Long::sum);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return found.entrySet().stream()
              .map(e -> new Candidate(e.getKey(), e.getValue()))
              .sorted(Comparator.comparingLong(Candidate::frequency).reversed())
              .limit(CANDIDATES)
              .toList();
        });
  }

  /**
   * Every accented spelling of folded syllable {@code s}, as the exact field indexes them (NFC, the
   * tone on the first vowel of an open oa/oe/uy): letter marks first, then one tone on one vowel.
   */
  static List<String> forms(String s) {
    List<String> bases = new ArrayList<>();
    bases.add("");
    for (char c : s.toCharArray()) {
      String options =
          switch (c) {
            case 'a' -> "a\u0103\u00e2";
            case 'e' -> "e\u00ea";
            case 'o' -> "o\u00f4\u01a1";
            case 'u' -> "u\u01b0";
            case 'd' -> "d\u0111";
            default -> String.valueOf(c);
          };
      List<String> next = new ArrayList<>();
      for (String b : bases) {
        for (char o : options.toCharArray()) {
          next.add(b + o);
        }
      }
      bases = next;
      if (bases.size() > 256) {
        return List.of(s);
      }
    }
    List<String> out = new ArrayList<>();
    for (String base : bases) {
      out.add(base);
      for (int i = 0; i < base.length(); i++) {
        if (VOWELS.indexOf(VietnameseNormalizer.stripDiacritics(String.valueOf(base.charAt(i))).charAt(0)) < 0) {
          continue;
        }
        for (char tone : TONES) {
          String marked = base.substring(0, i + 1) + tone + base.substring(i + 1);
          out.add(VietnameseNormalizer.foldTonePlacement(Normalizer.normalize(marked, Normalizer.Form.NFC)));
        }
      }
    }
    return out;
  }
}
