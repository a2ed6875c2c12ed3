package vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.ingest.CorpusWalker.IngestFailure;
import vanban.ingest.CorpusWalker.Listing;

class CorpusWalkerTest {
  @TempDir Path dir;

  @Test
  void walksDirectoriesRecursivelyInSortedOrder() throws Exception {
    Path b = touch("b/002.txt");
    Path a2 = touch("a/sub/003.docx");
    Path a1 = touch("a/001.pdf");
    Path c = touch("c.html");

    Listing listing = CorpusWalker.list(List.of(dir));

    assertThat(listing.files()).containsExactly(a1, a2, b, c);
    assertThat(listing.failures()).isEmpty();
  }

  @Test
  void skipsHiddenFilesAndDirectoriesAndSidecars() throws Exception {
    Path doc = touch("001.txt");
    touch("001.txt.meta.properties");
    touch("001.meta.properties");
    touch(".DS_Store");
    touch(".git/config");
    touch("sub/.hidden/002.txt");
    Path kept = touch("sub/003.txt");

    Listing listing = CorpusWalker.list(List.of(dir));

    assertThat(listing.files()).containsExactly(doc, kept);
  }

  @Test
  void recordsSizeAndTimeOfFilesAndTheirSidecarsWhileListing() throws Exception {
    Path doc = touch("a/001.txt");
    Path sidecar = Files.writeString(dir.resolve("a/001.txt.meta.properties"), "symbol=12/CT-UBND\n");
    Path alone = touch("a/002.txt");
    Files.setLastModifiedTime(sidecar, java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L));

    for (Listing listing : List.of(CorpusWalker.list(List.of(dir)), CorpusWalker.list(List.of(doc, alone)))) {
      assertThat(listing.stat(doc))
          .contains(new CorpusWalker.Stat(Files.size(doc), Files.getLastModifiedTime(doc).toMillis()));
      assertThat(listing.sidecarStat(doc)).contains(new CorpusWalker.Stat(18, 1_700_000_000_000L));
      assertThat(listing.stat(alone)).isPresent();
      assertThat(listing.sidecarStat(alone)).isEmpty();
      assertThat(listing.stat(sidecar)).as("a sidecar is no document").isEmpty();
    }
  }

  @Test
  void takesFilesAsGivenAndDropsDuplicates() throws Exception {
    Path hidden = touch(".draft.txt");
    Path doc = touch("x/001.txt");

    Listing listing = CorpusWalker.list(List.of(doc, hidden, dir.resolve("x"), doc));

    assertThat(listing.files()).containsExactly(hidden, doc);
  }

  @Test
  void followsSymlinksButReportsALoop() throws Exception {
    Path doc = touch("real/001.txt");
    Path linked = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));
    Path loop = Files.createSymbolicLink(dir.resolve("real/loop"), dir.resolve("real"));

    Listing listing = CorpusWalker.list(List.of(dir));

    assertThat(listing.files()).containsExactly(linked.resolve("001.txt"), doc);
    assertThat(listing.failures())
        .containsExactly(
            new IngestFailure(linked.resolve("loop"), "symbolic link loop"),
            new IngestFailure(loop, "symbolic link loop"));
  }

  @Test
  void reportsMissingRootsAndDanglingLinks() throws Exception {
    Path missing = dir.resolve("missing");
    Path dangling =
        Files.createSymbolicLink(
            dir.resolve("docs/gone.txt"),
            Files.createDirectories(dir.resolve("docs")).resolve("nowhere.txt"));
    Path danglingRoot = Files.createSymbolicLink(dir.resolve("root-link"), dir.resolve("nowhere"));

    Listing listing = CorpusWalker.list(List.of(missing, dir.resolve("docs"), danglingRoot));

    assertThat(listing.files()).isEmpty();
    assertThat(listing.failures())
        .containsExactly(
            new IngestFailure(dangling, "dangling symbolic link"),
            new IngestFailure(missing, "no such file or directory"),
            new IngestFailure(danglingRoot, "dangling symbolic link"));
    assertThat(listing.failures().get(1).toString())
        .isEqualTo(missing + ": no such file or directory");
  }

  @Test
  void anEmptyDirectoryListsNothing() {
    assertThat(CorpusWalker.list(List.of(dir))).isEqualTo(new Listing(List.of(), List.of()));
  }

  private Path touch(String relative) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "Kính gửi: các sở");
  }
}
