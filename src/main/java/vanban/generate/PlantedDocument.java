package vanban.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * The ground truth of one generated document: its metadata and citations in SCHEMA.md field
 * names, as one line of {@code truth.jsonl}.
 *
 * @param file the file, relative to the corpus folder ({@code docs/ha-tinh/000042.docx})
 * @param format {@code txt}, {@code html} or {@code docx}
 * @param document the metadata its header states
 * @param citations every instrument it cites, once each
 * @param obligations the must / must-not bullets it lists, each as {@code must: …} or
 *     {@code mustNot: …}
 */
public record PlantedDocument(
    String file,
    String format,
    Metadata document,
    List<PlantedCitation> citations,
    List<String> obligations) {

  /** The header metadata, in SCHEMA.md field names. */
  public record Metadata(
      String type,
      String typeCode,
      String symbol,
      String number,
      String issuer,
      String province,
      LocalDate date,
      String subject) {}

  public PlantedDocument {
    citations = List.copyOf(citations);
    obligations = List.copyOf(obligations);
  }
}
