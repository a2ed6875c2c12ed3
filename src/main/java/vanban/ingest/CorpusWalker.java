package vanban.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lists the documents under some roots: files as given, directories walked recursively, following
 * symbolic links but not around a loop. Hidden files and directories (name starting with a dot) and
 * sidecar metadata files ({@code *.meta.properties}, read by a later stage) are skipped inside
 * directories; whether a listed file is a document is the {@link DocumentReader}'s call, by
 * content.
 */
public final class CorpusWalker {
  /** The files to read, sorted and without duplicates, and the roots or entries that failed. */
  public record Listing(List<Path> files, List<IngestFailure> failures) {
    public Listing {
      files = List.copyOf(files);
      failures = List.copyOf(failures);
    }
  }

  /** A path that could not be listed, with the reason printed as {@code path: reason}. */
  public record IngestFailure(Path path, String reason) {
    @Override
    public String toString() {
      return path + ": " + reason;
    }
  }

  static final String SIDECAR_SUFFIX = ".meta.properties";

  private CorpusWalker() {}

  /** Lists {@code roots}; never throws for bad input, which ends up in {@link Listing#failures}. */
  public static Listing list(List<Path> roots) {
    TreeSet<Path> files = new TreeSet<>();
    TreeMap<Path, String> failures = new TreeMap<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        failures.put(
            root,
            Files.isSymbolicLink(root) ? "dangling symbolic link" : "no such file or directory");
      } else if (Files.isDirectory(root)) {
        walk(root, files, failures);
      } else {
        files.add(root);
      }
    }
    List<IngestFailure> failed = new ArrayList<>();
    failures.forEach((path, reason) -> failed.add(new IngestFailure(path, reason)));
    failed.sort(Comparator.comparing(IngestFailure::path));
    return new Listing(new ArrayList<>(files), failed);
  }

  private static void walk(Path root, TreeSet<Path> files, TreeMap<Path, String> failures) {
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (isHidden(file) || isSidecar(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                // FOLLOW_LINKS hands over the link itself only when its target is gone.
                failures.put(file, "dangling symbolic link");
              } else if (attrs.isRegularFile()) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!isHidden(file)) {
                failures.put(file, reason(e));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      failures.put(root, reason(e));
    }
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    return "cannot list: " + TikaTextReader.shortCause(e);
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isSidecar(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().endsWith(SIDECAR_SUFFIX);
  }
}
