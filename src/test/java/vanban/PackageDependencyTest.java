package vanban;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house plan of README's Layout section, read from the source: which package of {@code
 * src/main/java/vanban} uses which. A package uses another when one of its files imports from it
 * or names one of its classes by full name in code (comments are not read).
 */
class PackageDependencyTest {
  private static final Path SOURCES = Path.of("src/main/java/vanban");
  private static final Pattern REFERENCE = Pattern.compile("\\bvanban\\.([a-z]+)\\.[A-Za-z]");

  /** Each package to the packages it uses, itself left out. */
  private static Map<String, Set<String>> uses;

  @BeforeAll
  static void readSources() throws IOException {
    uses = new TreeMap<>();
    try (Stream<Path> packages = Files.list(SOURCES)) {
      for (Path dir : packages.filter(Files::isDirectory).toList()) {
        String name = dir.getFileName().toString();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
          files.filter(f -> f.toString().endsWith(".java")).forEach(f -> used.addAll(packagesUsed(f)));
        }
        used.remove(name);
        uses.put(name, used);
      }
    }
  }

  static Set<String> packagesUsed(Path file) {
    Set<String> used = new TreeSet<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean inComment = false;
    for (String line : lines) {
      String code = line.strip();
      if (inComment) {
        int end = code.indexOf("*/");
        if (end < 0) {
          continue;
        }
        code = code.substring(end + 2);
        inComment = false;
      }
      if (code.startsWith("/*")) {
        inComment = !code.contains("*/");
        continue;
      }
      if (code.startsWith("//") || code.startsWith("package ")) {
        continue;
      }
      Matcher m = REFERENCE.matcher(code);
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    return used;
  }

  @Test
  void readsTheWholeTree() {
    assertThat(uses).containsKeys("model", "extract", "index", "search", "crossref", "cli", "http");
    assertThat(uses.get("cli")).contains("http", "model");
  }

  @Test
  void noPackageIsPartOfACycle() {
    assertThat(cycles(uses)).as("package cycles in src/main/java/vanban").isEmpty();
  }

  @Test
  void findsACycleWhenThereIsOne() {
    Map<String, Set<String>> graph =
        Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
    assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c", "a"));
  }

  @Test
  void theModelUsesNothingOfTheProject() {
    assertThat(uses.get("model")).isEmpty();
  }

  @Test
  void extractionDoesNotReachIntoIndexSearchOrTheFrontEnds() {
    assertThat(uses.get("extract")).doesNotContain("index", "search", "cli", "http");
  }

  @Test
  void theFrontEndsAreLeaves() {
    uses.forEach(
        (name, used) -> {
          assertThat(used).as(name).doesNotContain("cli");
          if (!name.equals("cli")) {
            assertThat(used).as(name + " (only cli starts the web server)").doesNotContain("http");
          }
        });
  }

  /**
   * One cycle per strongly connected group of packages, as the path that closes it (first
   * package repeated at the end); empty when the graph has none.
   */
  static List<List<String>> cycles(Map<String, Set<String>> graph) {
    List<List<String>> found = new ArrayList<>();
    Set<String> done = new TreeSet<>();
    for (String start : new TreeSet<>(graph.keySet())) {
      if (!done.contains(start)) {
        findCycles(start, graph, new ArrayDeque<>(), new TreeSet<>(), done, found);
      }
    }
    return found;
  }

  private static void findCycles(
      String node,
      Map<String, Set<String>> graph,
      Deque<String> path,
      Set<String> onPath,
      Set<String> done,
      List<List<String>> found) {
    path.addLast(node);
    onPath.add(node);
    for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
      if (onPath.contains(next)) {
        List<String> cycle = new ArrayList<>();
        boolean in = false;
        for (String p : path) {
          in |= p.equals(next);
          if (in) {
            cycle.add(p);
          }
        }
        cycle.add(next);
        found.add(cycle);
      } else if (!done.contains(next)) {
        findCycles(next, graph, path, onPath, done, found);
      }
    }
    path.removeLast();
    onPath.remove(node);
    done.add(node);
  }
}
