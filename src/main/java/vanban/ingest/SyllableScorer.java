package vanban.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Scores how much a text looks like Vietnamese written in Unicode, to choose between decodings of
 * the same bytes: every word with a non-ASCII letter counts +1 if it is a well-formed Vietnamese
 * syllable and -1 otherwise. Pure ASCII words read the same in every candidate and do not count.
 *
 * <p>Why syllables and not letter frequencies: a wrong legacy decoding still yields plausible
 * letters ("caùc" from VNI bytes read as windows-1258), but never a plausible syllable, because
 * Vietnamese allows one tone mark per syllable and a closed set of vowel clusters.
 */
final class SyllableScorer {
  private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

  // onset, then an open vowel cluster (ends in a glide, takes no final consonant) or a vowel
  // cluster with an optional final consonant; tone marks removed first.
  // e.g. "nghiêng" = ngh + iê + ng, "quốc" = qu + ô + c, "người" = ng + ươi; not "cauc", "caơc"
  private static final Pattern SYLLABLE =
      Pattern.compile(
          """
          (?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?
          (?:
            (?:oai|oay|oeo|uây|uôi|ươi|ươu|iêu|yêu|uya|uyu
              |ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu)
          | (?:uyê|iê|yê|oa|oă|oe|oo|uâ|uê|uô|uơ|uy|ươ|[aăâeêioôơuưy])
            (?:ch|ng|nh|[cmnpt])?
          )
          """,
          Pattern.COMMENTS);

  private SyllableScorer() {}

  static int score(String text) {
    int score = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isWordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        String word = text.substring(start, i);
        if (!isAscii(word)) {
          score += isSyllable(word) ? 1 : -1;
        }
      }
    }
    return score;
  }

  /** True for one well-formed Vietnamese syllable, in any case, NFC or NFD. */
  static boolean isSyllable(String word) {
    String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder base = new StringBuilder(decomposed.length());
    int tones = 0;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (TONE_MARKS.indexOf(c) >= 0) {
        tones++;
      } else {
        base.append(c);
      }
    }
    if (tones > 1) {
      return false;
    }
    String letters = Normalizer.normalize(base, Normalizer.Form.NFC);
    return SYLLABLE.matcher(letters).matches();
  }

  // Words are runs of anything but spaces and ASCII punctuation: a legacy byte read as a symbol
  // ("c¸c") must stay inside its word to make that word count against the decoding.
  private static boolean isWordChar(char c) {
    if (c < 0x80) {
      return Character.isLetterOrDigit(c);
    }
    return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && "“”‘’–—…•".indexOf(c) < 0;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
