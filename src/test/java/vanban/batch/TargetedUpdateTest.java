package vanban.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.generate.CorpusGenerator;
import vanban.pipeline.Pipeline;

/**
 * {@link IndexJob#update}, what the watcher runs: only the paths it is given are read and compared
 * against the index, and only documents at or below a path that is gone are deleted; the result
 * is what a whole run would have left.
 */
class TargetedUpdateTest {
  @TempDir Path tmp;

  private IndexJob job(Path index, List<String> changes) {
    return new IndexJob(
        index,
        Pipeline.DEFAULT_MAX_BYTES,
        false,
        new BatchOptions(2, 100, Duration.ofSeconds(30)),
        new ProgressListener() {
          @Override
          public void changed(String source, Change change) {
            synchronized (changes) {
              changes.add(change + " " + source.substring(source.lastIndexOf('/') + 1));
            }
          }
        });
  }

  @Test
  void updatesOnlyThePathsGivenAndDeletesWhatIsGoneBelowThem() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    new CorpusGenerator(30, 11).write(corpus);
    Files.delete(corpus.resolve(CorpusGenerator.TRUTH_FILE));
    List<String> changes = new ArrayList<>();
    job(index, changes).run(List.of(corpus));
    assertThat(IndexChecks.assertSound(index)).hasSize(30);

    List<Path> folders;
    try (Stream<Path> s = Files.list(corpus.resolve("docs"))) {
      folders = s.filter(Files::isDirectory).sorted().toList();
    }
    Path goneFolder = folders.get(0);
    long inGoneFolder;
    try (Stream<Path> s = Files.list(goneFolder)) {
      inGoneFolder = s.count();
    }
    Path kept;
    try (Stream<Path> s = Files.list(folders.get(1))) {
      kept = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
    }
    Path edited = kept;
    Files.writeString(edited, Files.readString(edited) + "\nGhi chú: bổ sung.\n");
    Path touchedNotGiven;
    try (Stream<Path> s = Files.list(folders.get(2))) {
      touchedNotGiven = s.sorted().findFirst().orElseThrow();
    }
    Files.writeString(touchedNotGiven, Files.readString(touchedNotGiven) + "\nthêm\n");
    try (Stream<Path> s = Files.walk(goneFolder)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    Path added = folders.get(1).resolve("new.txt");
    Files.writeString(added, "CHỈ THỊ\nCác sở phải báo cáo kết quả thực hiện Chỉ thị số 26/CT-TTg.\n");

    changes.clear();
    IndexSummary summary = job(index, changes).update(List.of(edited, added), List.of(goneFolder));
    assertThat(summary.added()).isEqualTo(1);
    assertThat(summary.updated()).isEqualTo(1);
    assertThat(summary.deleted()).isEqualTo(inGoneFolder);
    assertThat(summary.unchanged()).isZero();
    assertThat(changes)
        .contains("ADDED new.txt", "UPDATED " + edited.getFileName())
        .doesNotContain("UPDATED " + touchedNotGiven.getFileName());
    assertThat(IndexChecks.assertSound(index)).hasSize((int) (30 - inGoneFolder + 1));
    IndexChecks.assertResolvedAsWhole(index);

    // A whole run afterwards finds only the file the update was not told about.
    assertThat(job(index, new ArrayList<>()).run(List.of(corpus)))
        .isEqualTo(new IndexSummary(0, 1, 0, (int) (30 - inGoneFolder), List.of()));
  }
}
