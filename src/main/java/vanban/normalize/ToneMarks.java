package vanban.normalize;

/**
 * The tone-placement rule on NFC chars, in place and length-preserving: in an open syllable ending
 * in oa, oe or uy the tone goes on the first vowel ({@code hoá→hóa}, {@code khoẻ→khỏe}, {@code
 * uỷ→ủy}).
 *
 * <p>Why: both conventions are in use (002 writes {@code chuyển hoá}, the others {@code hóa}); the
 * one with the tone on the first vowel is the one most of the corpus uses. A syllable is a maximal run of letters; it is open when oa/oe/uy are its last two letters,
 * so {@code toán}, {@code hoạch}, {@code khoảng}, {@code thuyền}, {@code quyết} are untouched. In
 * {@code qu}+y the u belongs to the onset, so {@code quý}, {@code quỹ}, {@code quỳ} are untouched.
 */
final class ToneMarks {
  // Each row: plain vowel, then its five tones in the order huyền, sắc, hỏi, ngã, nặng.
  private static final String[] ROWS = {
    "aàáảãạ", "eèéẻẽẹ", "oòóỏõọ", "uùúủũụ", "yỳýỷỹỵ",
    "AÀÁẢÃẠ", "EÈÉẺẼẸ", "OÒÓỎÕỌ", "UÙÚỦŨỤ", "YỲÝỶỸỴ"
  };

  // Where each vowel sits in ROWS, as row * 8 + tone + 1 (0: not a vowel of ROWS), indexed by
  // char: every tone is looked up twice per syllable, for every word of every document.
  private static final byte[] PLACE = new byte['\u1ef9' + 1];

  static {
    for (int r = 0; r < ROWS.length; r++) {
      for (int t = 0; t < ROWS[r].length(); t++) {
        PLACE[ROWS[r].charAt(t)] = (byte) (r * 8 + t + 1);
      }
    }
  }

  private ToneMarks() {}

  /** Folds every syllable of {@code chars}; returns whether anything changed. */
  static boolean fold(char[] chars) {
    return fold(chars, chars.length);
  }

  /** Folds every syllable of the first {@code length} chars of {@code chars}. */
  static boolean fold(char[] chars, int length) {
    boolean changed = false;
    int i = 0;
    while (i < length) {
      if (!Character.isLetter(chars[i])) {
        i++;
        continue;
      }
      int start = i;
      while (i < length && Character.isLetter(chars[i])) {
        i++;
      }
      changed |= foldSyllable(chars, start, i);
    }
    return changed;
  }

  private static boolean foldSyllable(char[] chars, int start, int end) {
    if (end - start < 2) {
      return false;
    }
    int first = end - 2;
    int second = end - 1;
    int firstRow = row(chars[first]);
    int secondRow = row(chars[second]);
    if (firstRow < 0 || secondRow < 0 || tone(chars[first]) != 0 || tone(chars[second]) == 0) {
      return false;
    }
    char v1 = Character.toLowerCase(ROWS[firstRow].charAt(0));
    char v2 = Character.toLowerCase(ROWS[secondRow].charAt(0));
    boolean open = (v1 == 'o' && (v2 == 'a' || v2 == 'e')) || (v1 == 'u' && v2 == 'y');
    if (!open) {
      return false;
    }
    if (v1 == 'u' && first > start && Character.toLowerCase(chars[first - 1]) == 'q') {
      return false; // quý: qu is the onset, y the nucleus
    }
    int tone = tone(chars[second]);
    chars[first] = ROWS[firstRow].charAt(tone);
    chars[second] = ROWS[secondRow].charAt(0);
    return true;
  }

  private static int row(char c) {
    return c < PLACE.length && PLACE[c] != 0 ? (PLACE[c] - 1) / 8 : -1;
  }

  private static int tone(char c) {
    return (PLACE[c] - 1) % 8;
  }
}
