package vanban.index;

import java.text.Normalizer;

/**
 * Moves the tone mark of a syllable ending in {@code oa}, {@code oe} or {@code uy} onto the first
 * vowel, so the old convention ({@code hoá}, {@code khoẻ}, {@code uỷ}, {@code thuỷ}) and the new one
 * ({@code hóa}, {@code khỏe}, {@code ủy}, {@code thủy}) spell one word the same way.
 *
 * <p>Only syllable-final pairs move: with a final consonant or vowel both conventions agree
 * ({@code hoàng}, {@code toán}, {@code khuyến}, {@code oái}). In {@code qu} the {@code u} belongs to
 * the consonant, so {@code quý}, {@code quỳ} stay as written. Works on NFC text and keeps
 * its length and case, so token offsets stay valid ({@code UỶ} becomes {@code ỦY}).
 */
final class TonePlacement {
  private static final char[] TONES = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'};

  private TonePlacement() {}

  /** Rewrites {@code buffer[0, length)} in place. */
  static void fold(char[] buffer, int length) {
    for (int i = 1; i < length; i++) {
      char c = buffer[i];
      char prev = buffer[i - 1];
      boolean syllableEnd = i + 1 == length || !Character.isLetter(buffer[i + 1]);
      if (!syllableEnd) {
        continue;
      }
      int tone = toneOf(c);
      if (tone < 0) {
        continue;
      }
      char base = Character.toLowerCase(baseOf(c));
      char first = Character.toLowerCase(prev);
      boolean moves =
          (first == 'o' && (base == 'a' || base == 'e'))
              || (first == 'u' && base == 'y' && (i < 2 || Character.toLowerCase(buffer[i - 2]) != 'q'));
      if (moves) {
        buffer[i - 1] = compose(prev, tone);
        buffer[i] = baseOf(c);
      }
    }
  }

  /** {@link #fold(char[], int)} for a string. */
  static String fold(String text) {
    char[] chars = text.toCharArray();
    fold(chars, chars.length);
    return new String(chars);
  }

  /** Index of the tone mark on {@code c} in {@link #TONES}, or -1 when it carries none. */
  private static int toneOf(char c) {
    if (c < '\u00c0') {
      return -1;
    }
    String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    if (nfd.length() != 2) {
      return -1;
    }
    for (int t = 0; t < TONES.length; t++) {
      if (nfd.charAt(1) == TONES[t]) {
        return t;
      }
    }
    return -1;
  }

  private static char baseOf(char c) {
    return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
  }

  private static char compose(char base, int tone) {
    return Normalizer.normalize("" + base + TONES[tone], Normalizer.Form.NFC).charAt(0);
  }
}
