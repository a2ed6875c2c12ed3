package vanban.normalize;

import java.util.Arrays;

/**
 * A growing text whose every char carries the source range it came from; the working form of each
 * normalization step (copying a char keeps its range, so steps compose without offset arithmetic).
 */
final class MappedText {
  private final StringBuilder chars = new StringBuilder();
  private int[] starts = new int[16];
  private int[] ends = new int[16];

  /** The source itself, each char mapped to its own position. */
  static MappedText identity(String source) {
    MappedText out = new MappedText();
    for (int i = 0; i < source.length(); i++) {
      out.append(source.charAt(i), i, i + 1);
    }
    return out;
  }

  int length() {
    return chars.length();
  }

  char charAt(int i) {
    return chars.charAt(i);
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  String text() {
    return chars.toString();
  }

  MappedText append(char c, int start, int end) {
    if (chars.length() == starts.length) {
      starts = Arrays.copyOf(starts, starts.length * 2);
      ends = Arrays.copyOf(ends, ends.length * 2);
    }
    starts[chars.length()] = start;
    ends[chars.length()] = end;
    chars.append(c);
    return this;
  }

  /** Copies char {@code i} of {@code from} with its source range. */
  MappedText appendFrom(MappedText from, int i) {
    return append(from.charAt(i), from.start(i), from.end(i));
  }

  /** Copies chars {@code [begin, end)} of {@code from} with their source ranges. */
  MappedText appendFrom(MappedText from, int begin, int end) {
    for (int i = begin; i < end; i++) {
      appendFrom(from, i);
    }
    return this;
  }

  /** Chars {@code [begin, end)} as a new mapped text. */
  MappedText slice(int begin, int end) {
    return new MappedText().appendFrom(this, begin, end);
  }

  NormalizedText freeze(int sourceLength) {
    int n = chars.length();
    return new NormalizedText(
        chars.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), sourceLength);
  }
}
