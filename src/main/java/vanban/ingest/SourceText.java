package vanban.ingest;

import java.util.List;
import java.util.Objects;

/**
 * Text read from one file, before normalization: NFC, lines ending in {@code \n}, otherwise as the
 * file gave it (tabs, no-break spaces and markdown marks are the normalizer's business).
 *
 * @param text the text, never blank
 * @param format {@code txt}, {@code md}, {@code html}, {@code docx}, {@code doc} or {@code pdf}
 * @param charset the charset the bytes were decoded with for {@code txt}, {@code md} and {@code
 *     html} (Java's canonical name, e.g. {@code UTF-8}, {@code windows-1258}); {@code null} for
 *     binary formats
 * @param warnings what the reader had to guess or repair, e.g. {@code converted from TCVN3}
 */
public record SourceText(String text, String format, String charset, List<String> warnings) {
  public SourceText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    warnings = List.copyOf(warnings);
  }
}
