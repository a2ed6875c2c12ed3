package vanban.normalize;

import java.util.Arrays;
import vanban.model.Span;

/**
 * Clean text plus, for every char of it, the offset in the source text it came from.
 *
 * <p>{@code sourceOffset(i)} is defined for every {@code i} in {@code [0, text().length()]}; the
 * offsets never decrease, and {@code sourceOffset(text().length())} is the source length. Each char
 * also knows where its source ends, so {@link #toSource} covers whole source clusters (a decomposed
 * {@code o + U+0301} for one {@code ó}).
 */
public final class NormalizedText {
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final int sourceLength;

  /**
   * Builds a normalized text: {@code starts[i]} and {@code ends[i]} are the source range of char
   * {@code i}; both arrays have one entry per char, non-decreasing, within {@code [0,
   * sourceLength]}.
   */
  NormalizedText(String text, int[] starts, int[] ends, int sourceLength) {
    if (starts.length != text.length() || ends.length != text.length()) {
      throw new IllegalArgumentException("offset arrays do not match text length " + text.length());
    }
    this.text = text;
    this.starts = starts.clone();
    this.ends = ends.clone();
    this.sourceLength = sourceLength;
  }

  /** The normalized text itself. */
  public String text() {
    return text;
  }

  /** Length of the source text the offsets point into. */
  public int sourceLength() {
    return sourceLength;
  }

  /** The offset in the source text that output char {@code offset} came from. */
  public int sourceOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException(
          "offset " + offset + " outside [0, " + text.length() + "]");
    }
    return offset == text.length() ? sourceLength : starts[offset];
  }

  /** The exclusive end in the source text of the chars that produced output char {@code offset}. */
  public int sourceEnd(int offset) {
    return ends[offset];
  }

  /**
   * The source range a span of the normalized text came from: from the source of its first char to
   * the end of the source of its last char (an empty span maps to an empty source span).
   */
  public Span toSource(Span span) {
    if (span.end() > text.length()) {
      throw new IndexOutOfBoundsException("span " + span + " beyond text length " + text.length());
    }
    int start = sourceOffset(span.start());
    if (span.length() == 0) {
      return new Span(start, start);
    }
    return new Span(start, Math.max(start, ends[span.end() - 1]));
  }

  int[] starts() {
    return starts.clone();
  }

  int[] ends() {
    return ends.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NormalizedText other
        && text.equals(other.text)
        && sourceLength == other.sourceLength
        && Arrays.equals(starts, other.starts)
        && Arrays.equals(ends, other.ends);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + Arrays.hashCode(starts);
  }

  @Override
  public String toString() {
    return text;
  }
}
