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
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  /**
   * The files to read, sorted and without duplicates; the size and modification time of each, and
   * of the sidecar beside it (keyed by the document's path), as the listing saw them; and the
   * roots or entries that failed.
   */
  public record Listing(
      List<Path> files,
      Map<Path, Stat> stats,
      Map<Path, Stat> sidecars,
      List<IngestFailure> failures) {
    public Listing {
      files = List.copyOf(files);
      // Wrapped, not copied: a listing of 100k files would hash every path a second time.
      stats = Collections.unmodifiableMap(stats);
      sidecars = Collections.unmodifiableMap(sidecars);
      failures = List.copyOf(failures);
    }

    public Listing(List<Path> files, List<IngestFailure> failures) {
      this(files, Map.of(), Map.of(), failures);
    }

    /** What the listing saw of {@code file}, if it saw it. */
    public Optional<Stat> stat(Path file) {
      return Optional.ofNullable(stats.get(file));
    }

    /** What the listing saw of the sidecar of {@code file}, if there is one. */
    public Optional<Stat> sidecarStat(Path file) {
      return sidecars.isEmpty() ? Optional.empty() : Optional.ofNullable(sidecars.get(file));
    }
  }

  /**
   * A file's size and modification time, read once while listing: deciding what changed in a
   * large corpus must not stat every file a second time.
   */
  public record Stat(long size, long mtimeMillis) {
    static Stat of(BasicFileAttributes attrs) {
      return new Stat(attrs.size(), attrs.lastModifiedTime().toMillis());
    }

    /** The size and time of {@code path} now; null when it cannot be read (gone, say). */
    public static Stat of(Path path) {
      try {
        return of(Files.readAttributes(path, BasicFileAttributes.class));
      } catch (IOException e) {
        return null;
      }
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
    Map<Path, Stat> stats = new HashMap<>();
    Map<Path, Stat> sidecars = new HashMap<>();
    TreeMap<Path, String> failures = new TreeMap<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        failures.put(
            root,
            Files.isSymbolicLink(root) ? "dangling symbolic link" : "no such file or directory");
      } else if (Files.isDirectory(root)) {
        walk(root, files, stats, sidecars, failures);
      } else {
        files.add(root);
        statSingle(root, root, stats);
        statSingle(root.resolveSibling(root.getFileName() + SIDECAR_SUFFIX), root, sidecars);
      }
    }
    List<IngestFailure> failed = new ArrayList<>();
    failures.forEach((path, reason) -> failed.add(new IngestFailure(path, reason)));
    failed.sort(Comparator.comparing(IngestFailure::path));
    return new Listing(new ArrayList<>(files), stats, sidecars, failed);
  }

  /** The document {@code path} is part of: a sidecar's document, else the path itself. */
  public static Path documentOf(Path path) {
    return isSidecar(path) ? describedBy(path) : path;
  }

  /** The document a sidecar describes: its path without {@link #SIDECAR_SUFFIX}. */
  private static Path describedBy(Path sidecar) {
    String name = sidecar.getFileName().toString();
    return sidecar.resolveSibling(name.substring(0, name.length() - SIDECAR_SUFFIX.length()));
  }

  /** Records, under {@code key}, the stat of a file named singly (or of its sidecar), if any. */
  private static void statSingle(Path file, Path key, Map<Path, Stat> stats) {
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      if (attrs.isRegularFile()) {
        stats.put(key, Stat.of(attrs));
      }
    } catch (IOException e) {
      // No stat: the reader reports the file itself; a missing sidecar is no sidecar.
    }
  }

  private static void walk(
      Path root,
      TreeSet<Path> files,
      Map<Path, Stat> stats,
      Map<Path, Stat> sidecars,
      TreeMap<Path, String> failures) {
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
              if (isHidden(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (isSidecar(file)) {
                if (attrs.isRegularFile()) {
                  sidecars.put(describedBy(file), Stat.of(attrs));
                }
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                // FOLLOW_LINKS hands over the link itself only when its target is gone.
                failures.put(file, "dangling symbolic link");
              } else if (attrs.isRegularFile()) {
                files.add(file);
                stats.put(file, Stat.of(attrs));
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

  /** Whether a listing skips {@code path}: its name starts with a dot (editors' swap files too). */
  public static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isSidecar(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().endsWith(SIDECAR_SUFFIX);
  }
}
