package vanban.segment;

import vanban.model.Span;

/**
 * One unit of a normalized text: its kind ({@code "sentence"}) and its trimmed span, never across a
 * line break.
 */
public record TextUnit(String kind, Span span) {
  public static final String SENTENCE = "sentence";

  /** The unit's text in {@code normalizedText}. */
  public String text(String normalizedText) {
    return normalizedText.substring(span.start(), span.end());
  }
}
