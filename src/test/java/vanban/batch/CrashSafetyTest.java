package vanban.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.generate.CorpusGenerator;
import vanban.pipeline.Pipeline;

/**
 * Kills a real {@code vanban index} process (SIGKILL, as {@code kill -9}) at random moments, then
 * checks that the index opens, CheckIndex finds it clean and every document in it is whole; a
 * final run completes the corpus exactly, nothing twice, citations resolved as a whole.
 *
 * <p>Five kills by default; {@code -Dvanban.crash.kills=50} for a longer soak.
 */
class CrashSafetyTest {
  private static final int DOCS = 120;

  @TempDir Path tmp;

  @Test
  void killedRunsLeaveASoundIndexAndTheNextRunCompletesIt() throws Exception {
    int kills = Integer.getInteger("vanban.crash.kills", 5);
    long seed = Long.getLong("vanban.crash.seed", 20261122L);
    Random random = new Random(seed);
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    new CorpusGenerator(DOCS, seed).write(corpus);
    Files.delete(corpus.resolve(CorpusGenerator.TRUTH_FILE));

    int previous = 0;
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < kills; i++) {
      Process child = start(index, corpus);
      // Let the run get past its first new commit, so the kill lands mid-run with documents
      // committed (on a loaded machine a fixed delay often killed the JVM still starting), then
      // kill at a random moment after it.
      boolean exited = awaitProgress(child, index, previous);
      long delay = random.nextInt(1500);
      exited = exited || child.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!exited) {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
      }
      int count = IndexChecks.assertSound(index).size();
      seen.add(count);
      assertThat(count).as("committed documents never disappear").isGreaterThanOrEqualTo(previous);
      previous = count;
      if (count == DOCS && exited) {
        // The corpus was finished before this kill: start over so later kills land mid-run.
        deleteTree(index);
        previous = 0;
      }
    }
    System.out.println("documents committed after each kill: " + seen);

    IndexSummary last =
        new IndexJob(index, Pipeline.DEFAULT_MAX_BYTES, false,
                new BatchOptions(2, 10, Duration.ofSeconds(30)), ProgressListener.NONE)
            .run(List.of(corpus));
    assertThat(last.failed()).isEmpty();
    assertThat(last.added() + last.unchanged() + last.updated()).isEqualTo(DOCS);
    assertThat(IndexChecks.assertSound(index)).hasSize(DOCS);
    IndexChecks.assertResolvedAsWhole(index);
  }

  /**
   * Waits until the index holds more committed documents than {@code before}, or the child exits
   * (then returns true), for at most a minute.
   */
  private static boolean awaitProgress(Process child, Path index, int before) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline) {
      if (child.waitFor(100, TimeUnit.MILLISECONDS)) {
        return true;
      }
      if (committed(index) > before) {
        return false;
      }
    }
    return false;
  }

  private static int committed(Path index) {
    try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(index)) {
      if (!org.apache.lucene.index.DirectoryReader.indexExists(dir)) {
        return 0;
      }
      try (org.apache.lucene.index.DirectoryReader reader =
          org.apache.lucene.index.DirectoryReader.open(dir)) {
        return reader.numDocs();
      }
    } catch (java.io.IOException e) {
      return 0; // a commit being written: try again at the next poll
    }
  }

  private static Process start(Path index, Path corpus) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), "vanban.cli.Main",
            "index", "--quiet", "--threads", "2", "--commit-every", "10", "--index",
            index.toString(), corpus.toString());
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static void deleteTree(Path dir) throws Exception {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
