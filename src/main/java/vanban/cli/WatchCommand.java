package vanban.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vanban.watch.IndexWatcher;

/** {@code vanban watch DIR…}: keeps the index up to date with folders until stopped. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps the index up to date with folders while it runs: catches up with what changed"
          + " while it was down, then indexes each new, changed, renamed or deleted file (or"
          + " sidecar) once it has settled, committing in small batches. Logs one line per"
          + " change; a file that cannot be read is reported as 'path: reason' and skipped."
          + " Stops cleanly on Ctrl-C or SIGTERM, after committing the batch in hand."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "2:bad command line", "3:the index cannot be written"})
final class WatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;
  @Mixin WatchOptions watch;

  @Parameters(
      paramLabel = "DIR",
      arity = "0..*",
      description = "Folders to watch (default: corpus).")
  List<Path> folders = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    List<Path> roots = folders.isEmpty() ? List.of(Path.of("corpus")) : folders;
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    IndexWatcher watcher = watch.watcher(spec, roots, index.dir, out, err);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    watcher.stop(Duration.ofSeconds(60));
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    out.printf("Watching %s into %s (Ctrl-C to stop)%n", roots, index.dir);
    out.flush();
    watcher.run();
    out.println("stopped");
    out.flush();
    return ExitCodes.OK;
  }
}
