package vanban.model;

import java.util.List;

/**
 * Everything the pipeline extracts from one source document: the contract between extractors,
 * index, CLI, HTTP API and evaluation ({@code docs/SCHEMA.md}).
 *
 * @param source the document's path relative to the working directory, with {@code /} separators
 * @param sha256 hex SHA-256 of the file's bytes
 * @param document the header metadata
 * @param citations one entry per mention, in text order
 * @param dates dates, periods and years in text order
 * @param obligations duties from the directive part, in text order
 * @param warnings what could not be found or was inferred, one line each
 * @param outline the section tree (an addition to SCHEMA.md)
 * @param supplied names of {@code document} fields whose value came from a sidecar file, sorted
 *     (an addition to SCHEMA.md)
 * @param language ISO 639-3 code of the detected language ({@code vie}), null when unknown (an
 *     addition to SCHEMA.md)
 */
public record ExtractionRecord(
    String source,
    String sha256,
    DocumentMetadata document,
    List<Citation> citations,
    List<DateMention> dates,
    List<Obligation> obligations,
    List<String> warnings,
    List<Section> outline,
    List<String> supplied,
    String language) {

  public ExtractionRecord {
    citations = List.copyOf(citations);
    dates = List.copyOf(dates);
    obligations = List.copyOf(obligations);
    warnings = List.copyOf(warnings);
    outline = List.copyOf(outline);
    supplied = List.copyOf(supplied);
  }

  /** This record with its citations replaced (resolution at index time). */
  public ExtractionRecord withCitations(List<Citation> resolved) {
    return new ExtractionRecord(
        source, sha256, document, resolved, dates, obligations, warnings, outline, supplied,
        language);
  }
}
