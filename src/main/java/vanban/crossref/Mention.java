package vanban.crossref;

import vanban.model.Citation;
import vanban.model.Span;

/**
 * One place a document cites an instrument.
 *
 * @param source the citing document
 * @param citation the citation as extracted
 * @param sentence the sentence that holds it, one line
 * @param highlight where the mention is within {@code sentence}
 */
public record Mention(String source, Citation citation, String sentence, Span highlight) {}
