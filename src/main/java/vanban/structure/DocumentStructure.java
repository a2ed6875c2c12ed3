package vanban.structure;

import java.util.List;
import vanban.model.DocumentMetadata;
import vanban.model.Section;

/**
 * What {@link StructureParser} finds in a normalized text: the {@code document} metadata, the
 * section tree, and what could not be found.
 *
 * @param metadata the header and signature fields; {@code dateNotBefore} is left null (the pipeline
 *     fills it from the cited dates)
 * @param outline the top-level parts in text order: {@code header}, {@code preamble}, {@code
 *     directive}, {@code distribution}, {@code signature}, each present only when found
 * @param warnings one line per missing or inferred field ({@code no date in the header})
 */
public record DocumentStructure(
    DocumentMetadata metadata, List<Section> outline, List<String> warnings) {
  public DocumentStructure {
    outline = List.copyOf(outline);
    warnings = List.copyOf(warnings);
  }
}
