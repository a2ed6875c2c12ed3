package vanban.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgedQueriesTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void readsQueriesWithTheirGradesInFileOrder() throws Exception {
    Path q =
        write(
            "q.tsv",
            "id\tset\tkind\tquery\tneed\n"
                + "q02\ttune\ttopic\tphòng chống ma túy\tDrug prevention plans\n"
                + "q01\theldout\tsymbol\t26/CT-TTg\tDocuments citing \"26/CT-TTg\"\n");
    Path j = write("j.tsv", "id\tdocument\tgrade\nq02\ta.pdf\t2\nq02\tb.doc\t1\nq01\tc.txt\t0\n");
    List<JudgedQuery> read = JudgedQueries.read(q, j);
    assertThat(read).extracting(JudgedQuery::id).containsExactly("q02", "q01");
    assertThat(read.get(0).grade("a.pdf")).isEqualTo(2);
    assertThat(read.get(0).grade("b.doc")).isEqualTo(1);
    assertThat(read.get(0).grade("z")).isZero();
    assertThat(read.get(1).grades()).isEmpty();
    assertThat(read.get(1).need()).isEqualTo("Documents citing \"26/CT-TTg\"");
  }

  @Test
  void aBadRowNamesTheFileAndTheQuery() throws Exception {
    Path q = write("q.tsv", "id\tset\tkind\tquery\tneed\nq01\ttune\ttopic\tx\ty\n");
    Path j = write("j.tsv", "id\tdocument\tgrade\nq09\ta.pdf\t2\n");
    assertThatThrownBy(() -> JudgedQueries.read(q, j))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("j.tsv")
        .hasMessageContaining("q09");
    Path bad = write("bad.tsv", "id\tdocument\tgrade\nq01\ta.pdf\t3\n");
    assertThatThrownBy(() -> JudgedQueries.read(q, bad)).hasMessageContaining("grade must be");
    Path set = write("set.tsv", "id\tset\tkind\tquery\tneed\nq01\ttest\ttopic\tx\ty\n");
    assertThatThrownBy(() -> JudgedQueries.read(set, j)).hasMessageContaining("tune or heldout");
  }
}
