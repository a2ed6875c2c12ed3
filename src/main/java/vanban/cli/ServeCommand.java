package vanban.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vanban.http.WebServer;

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
    WebServer server =
        WebServer.start(
            index.dir,
            new WebServer.Options(bind, port, threads, Duration.ofSeconds(timeoutSeconds)));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
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
}
