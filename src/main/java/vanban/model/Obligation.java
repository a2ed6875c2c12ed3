package vanban.model;

import java.util.List;

/**
 * One duty a directive imposes: who must (or must not) do what.
 *
 * @param modality {@code must}, {@code must-not}, {@code responsible} or {@code encouraged}
 * @param actor who the duty falls on, null when the text leaves it to the heading and none is found
 * @param action what is to be done (or not done)
 * @param text the whole item or sentence as one clean line
 * @param section the item number path as printed ({@code 2.2}), or null
 * @param frequency {@code monthly}, {@code quarterly}, {@code semiannual}, {@code annual},
 *     {@code periodic}, {@code ad-hoc}, or null
 * @param deadline ISO date of a deadline, or null
 * @param reportTo the body reports go to, or null
 * @param themes ids from the theme taxonomy
 * @param span where the item is in the normalized text
 */
public record Obligation(
    String modality,
    String actor,
    String action,
    String text,
    String section,
    String frequency,
    String deadline,
    String reportTo,
    List<String> themes,
    Span span) {

  public Obligation {
    themes = List.copyOf(themes);
  }
}
