package vanban.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vanban.http.WebServer;
import vanban.watch.IndexWatcher;

/** {@code vanban serve}: the web front end and JSON API over an index, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves a read-only web front end over the index: search with facets, documents with"
          + " their citations linked, 'cited by' pages, the citation map, and a JSON API"
          + " (/api/search, /api/cites, /api/documents/ID, /api/graph). Stops on Ctrl-C."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped",
      "2:bad command line",
      "3:the index cannot be opened or the port bound"
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: every"
              + " interface).")
  String bind;

  @Option(
      names = "--threads",
      defaultValue = "4",
      description = "Requests served at once (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Longest a request may take before 503 (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(
      names = "--allow-query-syntax",
      description =
          "Read fuzzy (luat~2), near (\"a b\"~3) and prefix (lu*) syntax in searches, each term"
              + " expanded to at most 50 index terms and each request's searches stopped after 2 s"
              + " (400 when a query expands past Lucene's clause limit). Without it those marks"
              + " are searched as plain text, so a query cannot make the server enumerate terms.")
  boolean allowQuerySyntax;

  @Option(
      names = "--watch",
      paramLabel = "DIR",
      description =
          "Also keep the index up to date with this folder, as 'vanban watch' does, in the same"
              + " process (repeatable). Each change is served as soon as it is committed.")
  List<Path> watchFolders = new ArrayList<>();

  @Mixin WatchOptions watching;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535");
    }
    if (threads < 1 || threads > 256) {
      throw new ParameterException(spec.commandLine(), "--threads must be from 1 to 256");
    }
    if (timeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--timeout must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    IndexWatcher watcher = null;
    if (!watchFolders.isEmpty()) {
      watcher = startWatching(out);
    }
    WebServer server =
        WebServer.start(
            index.dir,
            new WebServer.Options(bind, port, threads, Duration.ofSeconds(timeoutSeconds))
                .withQuerySyntax(allowQuerySyntax),
            watcher == null ? WebServer.WriterStatus.NONE : watcher::pendingChanges);
    if (watcher != null) {
      watcher.afterCommit(server::refresh);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    IndexWatcher stopsToo = watcher;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                    if (stopsToo != null) {
                      stopsToo.stop(Duration.ofSeconds(60));
                    }
                  } catch (Exception e) {
                    // Stopping anyway.
                  }
                  stopped.countDown();
                }));
    InetSocketAddress a = server.address();
    String host = a.getAddress().isAnyLocalAddress() ? "localhost" : a.getHostString();
    out.printf(
        "Serving %d document(s) from %s at http://%s:%d/ (Ctrl-C to stop)%n",
        server.documentCount(), index.dir, host, a.getPort());
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  /**
   * Starts the watcher on a thread of its own and waits for its catch-up run, so the server opens
   * an index that exists and is current. A watcher that fails later says why on stderr; the
   * server goes on with what was committed.
   */
  private IndexWatcher startWatching(PrintWriter out) throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    IndexWatcher watcher = watching.watcher(spec, watchFolders, index.dir, out, err);
    AtomicReference<Exception> failure = new AtomicReference<>();
    Thread t =
        new Thread(
            () -> {
              try {
                watcher.run();
              } catch (Exception e) {
                failure.set(e);
                synchronized (err) {
                  err.println("vanban watch: stopped: " + e.getMessage());
                  err.flush();
                }
              }
            },
            "vanban-watch");
    t.setDaemon(true);
    t.start();
    while (!watcher.awaitCaughtUp(Duration.ofSeconds(1))) {
      // A large folder takes a while to catch up with; keep waiting while it works.
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return watcher;
  }
}
