package vanban.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vanban.extract.CitationExtractor;
import vanban.extract.DateExtractor;
import vanban.extract.ObligationExtractor;
import vanban.ingest.DocumentReader;
import vanban.ingest.IngestException;
import vanban.ingest.SourceText;
import vanban.model.Citation;
import vanban.model.DateMention;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.normalize.NormalizedText;
import vanban.normalize.VietnameseNormalizer;
import vanban.segment.LanguageIdentifier;
import vanban.structure.DocumentStructure;
import vanban.structure.SidecarReader;
import vanban.structure.StructureParser;

/**
 * Runs every extraction stage on one file and returns its record. Thread-safe: one pipeline
 * serves all indexing threads.
 */
public final class Pipeline {
  /** Files over this many bytes are refused unless the user sets another limit. */
  public static final long DEFAULT_MAX_BYTES = DocumentReader.DEFAULT_MAX_BYTES;

  /** How many dated cited instruments it takes to bound an undated document's date. */
  private static final int DATED_CITATIONS_FOR_BOUND = 2;

  private final DocumentReader reader;
  private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
  private final LanguageIdentifier languages = new LanguageIdentifier();
  private final StructureParser structure = new StructureParser();
  private final CitationExtractor citations = new CitationExtractor();
  private final DateExtractor dates = new DateExtractor();
  private final ObligationExtractor obligations = new ObligationExtractor();
  private final SidecarReader sidecars = new SidecarReader();

  public Pipeline(long maxBytes) {
    this.reader = new DocumentReader(maxBytes);
  }

  /**
   * Reads and extracts one file.
   *
   * @param file the file to read
   * @param source the name the record gives it ({@link #sourceName})
   * @throws IngestException when the file cannot be read as a document (the reason says why)
   */
  public ProcessedDocument process(Path file, String source) throws IngestException {
    SourceText raw = reader.read(file);
    String sha256 = sha256(file);
    NormalizedText text = normalizer.normalize(raw.text());
    List<String> warnings = new ArrayList<>(raw.warnings());

    Optional<String> language = languages.identify(text.text());
    if (language.isPresent() && !language.get().equals("vie")) {
      warnings.add("language looks like " + language.get() + ", not Vietnamese");
    }

    DocumentStructure parsed = structure.parse(text.text());
    warnings.addAll(parsed.warnings());
    DocumentMetadata metadata = parsed.metadata();
    List<String> supplied = List.of();
    Optional<SidecarReader.Sidecar> sidecar = sidecars.read(file);
    if (sidecar.isPresent()) {
      SidecarReader.Applied applied = sidecars.apply(metadata, sidecar.get());
      metadata = applied.metadata();
      supplied = applied.supplied();
      warnings.addAll(applied.warnings());
    }

    List<Citation> cited = citations.extract(text.text(), metadata);
    if (metadata.date() == null) {
      metadata = withDateNotBefore(metadata, newestDate(cited));
    }
    List<DateMention> mentions = dates.extract(text.text(), metadata, cited);

    ExtractionRecord record =
        new ExtractionRecord(
            source,
            sha256,
            metadata,
            cited,
            mentions,
            obligations.extract(text.text(), parsed),
            warnings,
            parsed.outline(),
            supplied,
            language.orElse(null));
    return new ProcessedDocument(record, text);
  }

  /**
   * The name a record gives a file: its path relative to the working directory with {@code /}
   * separators ({@code corpus/001_….txt}), or its absolute path when it lies outside.
   */
  public static String sourceName(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(WORKING_DIRECTORY) ? WORKING_DIRECTORY.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }

  // The JVM's working directory never changes; a run over a large corpus names every file.
  private static final Path WORKING_DIRECTORY = Path.of("").toAbsolutePath();

  /**
   * The newest date among the cited instruments, when at least {@link #DATED_CITATIONS_FOR_BOUND}
   * distinct instruments carry a date. One dated citation is not taken as a bound: a single
   * date in a hard-wrapped or retyped text is too easily a date of something else, and a wrong
   * lower bound hides a document from date filters (gold: 004 cites one dated instrument and has
   * no bound; 002 cites seven and is bounded by the newest).
   */
  private static LocalDate newestDate(List<Citation> cited) {
    long datedInstruments =
        cited.stream()
            .filter(c -> c.date() != null)
            .map(c -> c.symbol() != null ? c.symbol() : c.name())
            .distinct()
            .count();
    if (datedInstruments < DATED_CITATIONS_FOR_BOUND) {
      return null;
    }
    return cited.stream()
        .map(Citation::date)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  private static DocumentMetadata withDateNotBefore(DocumentMetadata m, LocalDate notBefore) {
    return new DocumentMetadata(
        m.type(), m.typeCode(), m.symbol(), m.number(), m.issuer(), m.province(), m.place(),
        m.date(), notBefore, m.subject(), m.recipients(), m.signer());
  }

  private static String sha256(Path file) throws IngestException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (var in = Files.newInputStream(file)) {
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) > 0) {
          digest.update(buffer, 0, n);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new IngestException(file, "cannot read: " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
