package vanban.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.generate.CorpusGenerator;
import vanban.generate.PlantedCitation;
import vanban.generate.PlantedDocument;
import vanban.pipeline.Pipeline;

/**
 * Incremental runs on a generated corpus: each run counts what it added, updated, deleted and
 * skipped, and leaves every citation resolved exactly as resolving the whole corpus would.
 */
class IncrementalIndexTest {
  private static final int DOCS = 40;

  @TempDir Path tmp;

  private IndexSummary run(Path index, Path corpus, boolean full) throws Exception {
    return new IndexJob(
            index, Pipeline.DEFAULT_MAX_BYTES, full,
            new BatchOptions(2, 7, Duration.ofSeconds(30)), ProgressListener.NONE)
        .run(List.of(corpus));
  }

  @Test
  void addUpdateDeleteTouchAndFull() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    List<PlantedDocument> truth = new CorpusGenerator(DOCS, 7).write(corpus);
    Files.delete(corpus.resolve(CorpusGenerator.TRUTH_FILE));

    IndexSummary first = run(index, corpus, false);
    assertThat(first).isEqualTo(new IndexSummary(DOCS, 0, 0, 0, List.of()));
    assertThat(IndexChecks.assertSound(index)).hasSize(DOCS);
    IndexChecks.assertResolvedAsWhole(index);
    long resolved = IndexChecks.resolvedCount(index);
    assertThat(resolved).isPositive();

    assertThat(run(index, corpus, false)).isEqualTo(new IndexSummary(0, 0, 0, DOCS, List.of()));

    // A cited document changes its number: whoever cited it no longer resolves to it.
    PlantedDocument cited = citedTxt(truth);
    Path citedFile = corpus.resolve(cited.file());
    String text = Files.readString(citedFile);
    Files.writeString(citedFile, text.replace(cited.document().symbol(), "9" + cited.document().symbol()));
    assertThat(run(index, corpus, false)).isEqualTo(new IndexSummary(0, 1, 0, DOCS - 1, List.of()));
    IndexChecks.assertSound(index);
    IndexChecks.assertResolvedAsWhole(index);
    assertThat(IndexChecks.resolvedCount(index)).isLessThan(resolved);

    // ... and changes it back: the citations resolve to it again.
    Files.writeString(citedFile, text);
    assertThat(run(index, corpus, false)).isEqualTo(new IndexSummary(0, 1, 0, DOCS - 1, List.of()));
    IndexChecks.assertResolvedAsWhole(index);
    assertThat(IndexChecks.resolvedCount(index)).isEqualTo(resolved);

    // Its body edited, its metadata not: updated, and its citers still resolve to it (they are not
    // resolved again, since nothing they find it by changed).
    Files.writeString(citedFile, text + "\nKiểm tra lại nội dung.\n");
    assertThat(run(index, corpus, false)).isEqualTo(new IndexSummary(0, 1, 0, DOCS - 1, List.of()));
    IndexChecks.assertSound(index);
    IndexChecks.assertResolvedAsWhole(index);
    assertThat(IndexChecks.resolvedCount(index)).isEqualTo(resolved);
    Files.writeString(citedFile, text);
    assertThat(run(index, corpus, false)).isEqualTo(new IndexSummary(0, 1, 0, DOCS - 1, List.of()));
    IndexChecks.assertResolvedAsWhole(index);

    // Touched, not changed: skipped by its hash, and cheaply by its stamp the time after.
    Files.setLastModifiedTime(citedFile, FileTime.fromMillis(Files.getLastModifiedTime(citedFile).toMillis() + 5000));
    assertThat(run(index, corpus, false)).isEqualTo(new IndexSummary(0, 0, 0, DOCS, List.of()));
    IndexChecks.assertResolvedAsWhole(index);
    assertThat(IndexChecks.resolvedCount(index)).isEqualTo(resolved);

    // Deleted: gone from the index, and its citers resolve to nothing.
    Files.delete(citedFile);
    assertThat(run(index, corpus, false)).isEqualTo(new IndexSummary(0, 0, 1, DOCS - 1, List.of()));
    assertThat(IndexChecks.assertSound(index)).hasSize(DOCS - 1);
    IndexChecks.assertResolvedAsWhole(index);
    assertThat(IndexChecks.resolvedCount(index)).isLessThan(resolved);

    // Arrives again: added, and resolved to.
    Files.writeString(citedFile, text);
    assertThat(run(index, corpus, false)).isEqualTo(new IndexSummary(1, 0, 0, DOCS - 1, List.of()));
    IndexChecks.assertResolvedAsWhole(index);
    assertThat(IndexChecks.resolvedCount(index)).isEqualTo(resolved);

    IndexSummary full = run(index, corpus, true);
    assertThat(full.added() + full.updated() + full.unchanged()).isEqualTo(DOCS);
    assertThat(full.updated()).isEqualTo(DOCS);
    assertThat(IndexChecks.assertSound(index)).hasSize(DOCS);
    IndexChecks.assertResolvedAsWhole(index);
    assertThat(IndexChecks.resolvedCount(index)).isEqualTo(resolved);
  }

  /** A txt document another document cites and resolves to. */
  private static PlantedDocument citedTxt(List<PlantedDocument> truth) {
    return truth.stream()
        .flatMap(d -> d.citations().stream())
        .map(PlantedCitation::resolvedTo)
        .filter(f -> f != null && f.endsWith(".txt"))
        .findFirst()
        .flatMap(f -> truth.stream().filter(d -> d.file().equals(f)).findFirst())
        .orElseThrow();
  }
}
