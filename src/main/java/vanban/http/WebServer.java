package vanban.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import vanban.search.SearchDeadline;
import vanban.search.SearchRefused;

/**
 * {@code vanban serve}: a read-only web front end and JSON API over an index, on the JDK's {@link
 * HttpServer}.
 *
 * <p>Safe by construction: only GET and HEAD (405 otherwise); request lines over {@link
 * #MAX_URI_LENGTH} refused (414), any request body refused (413) and never read; paths and query
 * strings decoded as UTF-8, malformed ones a 400 ({@link UrlDecoding}); every page built through {@link HtmlWriter}, which escapes all data; ids and parameters only
 * looked up or searched for, never used as paths; each request answered within the timeout or with
 * 503; a bounded pool of threads serving concurrent users and a bounded queue behind it; on a
 * loopback address, only requests naming a loopback host (no DNS rebinding); every response
 * carrying a Content-Security-Policy that allows nothing from outside the site.
 *
 * <p>Cheap to attack neither with slow clients nor with expensive queries: the JDK server reads a
 * request's line and headers on a thread of its executor, so that pool ({@link #READER_THREADS})
 * is much larger than the render pool, and a connection that has not sent its headers within
 * {@link #HEADER_SECONDS} is closed; fuzzy and prefix syntax is plain text unless {@link
 * Options#allowQuerySyntax}, bounded even then, and each request's searches stop after {@link
 * #SEARCH_BUDGET} ({@link SearchDeadline}).
 */
public final class WebServer implements Closeable {
  /** Longest request target accepted: a search box and four filters fit many times over. */
  public static final int MAX_URI_LENGTH = 4096;

  /**
   * Threads reading requests and waiting for their answer; the JDK server blocks one on each
   * connection until its headers have arrived, so a few slow clients must not take them all.
   * Rendering is bounded by the smaller render pool ({@code --threads}).
   */
  static final int READER_THREADS = 64;

  /**
   * Seconds a client may take to send its request line and headers before its connection is
   * closed ({@code sun.net.httpserver.maxReqTime}; the JDK reads it once, at the first server).
   */
  static final int HEADER_SECONDS = 10;

  /** The longest a request's searches may score before they stop (or the timeout, if shorter). */
  static final Duration SEARCH_BUDGET = Duration.ofSeconds(2);

  /** Only this site's own script, style and API calls; no frames, no other origin. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /**
   * Settings of a server; {@code refresh}: how often it looks for a new commit of the index;
   * {@code allowQuerySyntax}: read fuzzy ({@code luat~2}) and prefix ({@code lu*}) syntax, bounded,
   * rather than searching those marks as text.
   */
  public record Options(
      String bind,
      int port,
      int threads,
      Duration timeout,
      Duration refresh,
      boolean allowQuerySyntax) {
    public Options(String bind, int port, int threads, Duration timeout, Duration refresh) {
      this(bind, port, threads, timeout, refresh, false);
    }

    public Options(String bind, int port, int threads, Duration timeout) {
      this(bind, port, threads, timeout, DEFAULT_REFRESH);
    }

    /** These settings with query syntax allowed or not. */
    public Options withQuerySyntax(boolean allowed) {
      return new Options(bind, port, threads, timeout, refresh, allowed);
    }

    /** Loopback, the given port, four threads, ten seconds per request. */
    public static Options local(int port) {
      return new Options("127.0.0.1", port, 4, Duration.ofSeconds(10));
    }
  }

  /** How often a server looks for a new commit unless told otherwise. */
  public static final Duration DEFAULT_REFRESH = Duration.ofMillis(200);

  /** What {@code /api/status} adds about the writer beside the server (the watcher's backlog). */
  @FunctionalInterface
  public interface WriterStatus {
    /** Changes seen and not yet committed. */
    int pendingChanges();

    WriterStatus NONE = () -> 0;
  }

  private final LiveCorpus corpus;
  private final WriterStatus writer;
  private final HttpServer server;
  private final ThreadPoolExecutor handlers;
  private final ThreadPoolExecutor workers;
  private final Duration timeout;
  private final Duration searchBudget;
  private final boolean querySyntax;
  private final boolean loopback;
  private final StaticAssets assets = new StaticAssets();

  private WebServer(LiveCorpus corpus, Options options, WriterStatus writer) throws IOException {
    this.corpus = corpus;
    this.writer = writer;
    this.timeout = options.timeout();
    this.searchBudget = SEARCH_BUDGET.compareTo(timeout) < 0 ? SEARCH_BUDGET : timeout;
    this.querySyntax = options.allowQuerySyntax();
    // The JDK server drops connections that take longer than these (seconds) to send their
    // request line and headers, or to read the response; read once, when the first server is made.
    System.setProperty(
        "sun.net.httpserver.maxReqTime",
        System.getProperty("sun.net.httpserver.maxReqTime", Integer.toString(HEADER_SECONDS)));
    System.setProperty(
        "sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", "60"));
    int threads = Math.max(1, options.threads());
    this.handlers = pool("vanban-http", Math.max(READER_THREADS, threads), 64);
    // Requests wait here, not in the readers: the timeout bounds how long (503 after it).
    this.workers = pool("vanban-render", threads, 64);
    this.server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByName(options.bind()), options.port()), 64);
    this.loopback = server.getAddress().getAddress().isLoopbackAddress();
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Opens the index in {@code indexDir} and serves it, following its new commits; fails when the
   * index cannot be read.
   */
  public static WebServer start(Path indexDir, Options options) throws IOException {
    return start(indexDir, options, WriterStatus.NONE);
  }

  /** As {@link #start(Path, Options)}, with a writer in the same process reporting its backlog. */
  public static WebServer start(Path indexDir, Options options, WriterStatus writer)
      throws IOException {
    LiveCorpus corpus = LiveCorpus.open(indexDir, options.refresh());
    try {
      return new WebServer(corpus, options, writer);
    } catch (IOException | RuntimeException e) {
      corpus.close();
      throw e;
    }
  }

  /** The address the server listens on (the real port when 0 was asked for). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /**
   * Opens the index's latest commit now, if there is a newer one, rather than at the next look:
   * a writer in the same process calls this after each commit.
   */
  public void refresh() {
    try {
      corpus.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      // The next scheduled look tries again.
    }
  }

  /** How many documents the index holds, as of the last commit the server has opened. */
  public int documentCount() throws IOException {
    CorpusView view = corpus.acquire();
    try {
      return view.documentCount();
    } finally {
      corpus.release(view);
    }
  }

  @Override
  public void close() throws IOException {
    server.stop(0);
    handlers.shutdownNow();
    workers.shutdownNow();
    corpus.close();
  }

  private void handle(HttpExchange exchange) {
    try (exchange) {
      Response response;
      try {
        response = check(exchange);
        if (response == null) {
          response = respondWithin(exchange);
        }
      } catch (HttpProblem p) {
        response = problem(exchange, p.status(), p.getMessage());
      }
      send(exchange, response);
    } catch (IOException e) {
      // The client went away; nothing to answer.
    }
  }

  /** A refusal of the request line or headers, else null. */
  private Response check(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      Response r = problem(exchange, 405, "only GET and HEAD are served");
      return new Response(r.status(), r.contentType(), r.body(), Map.of("Allow", "GET, HEAD"));
    }
    if (exchange.getRequestURI().toString().length() > MAX_URI_LENGTH) {
      throw new HttpProblem(414, "the request target is longer than " + MAX_URI_LENGTH);
    }
    Headers h = exchange.getRequestHeaders();
    if (loopback && !localHost(h.getFirst("Host"))) {
      // A page elsewhere must not read this one through a DNS name rebound to 127.0.0.1.
      throw HttpProblem.badRequest("this server answers only to localhost names");
    }
    // GET and HEAD carry no body: any body, however small, is refused unread.
    if (h.containsKey("Transfer-Encoding")) {
      throw new HttpProblem(413, "request bodies are not accepted");
    }
    String length = h.getFirst("Content-Length");
    if (length != null && !length.strip().equals("0")) {
      throw new HttpProblem(413, "request bodies are not accepted");
    }
    return null;
  }

  /** Whether a Host header names this machine's loopback: localhost, 127.x.x.x, [::1]. */
  static boolean localHost(String host) {
    if (host == null) {
      return false;
    }
    String name = host.strip().toLowerCase(java.util.Locale.ROOT);
    if (name.startsWith("[")) {
      int close = name.indexOf(']');
      return close > 0 && name.substring(0, close + 1).equals("[::1]");
    }
    int colon = name.indexOf(':');
    if (colon >= 0) {
      name = name.substring(0, colon);
    }
    return name.equals("localhost") || name.matches("127(\\.\\d{1,3}){3}");
  }

  /** Renders on a worker, its searches within the budget, giving up after the timeout with 503. */
  private Response respondWithin(HttpExchange exchange) {
    return within(
        () -> SearchDeadline.within(searchBudget, () -> route(exchange)),
        exchange.getRequestURI().getRawPath());
  }

  /**
   * Runs {@code work} on a worker and waits at most the timeout: 503 when it takes longer or no
   * worker is free, its problem's status when it throws one, else 500. {@code path} picks the
   * error's form.
   */
  Response within(Callable<Response> work, String path) {
    Future<Response> future;
    try {
      future = workers.submit(work);
    } catch (RejectedExecutionException e) {
      return problem(path, 503, "the server is busy; try again");
    }
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // Lucene does not stop on interrupt; the worker finishes and its answer is dropped.
      future.cancel(true);
      return problem(path, 503, "the request took longer than " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return problem(path, 503, "the server is stopping");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof HttpProblem p) {
        return problem(path, p.status(), p.getMessage());
      }
      if (e.getCause() instanceof SearchRefused r) {
        int status = r.reason() == SearchRefused.Reason.TOO_MANY_CLAUSES ? 400 : 503;
        return problem(path, status, r.getMessage());
      }
      System.err.println("vanban serve: " + path + ": " + e.getCause());
      return problem(path, 500, "internal error");
    }
  }

  /** Answers from the latest commit, held for the whole request. */
  private Response route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    if (path.startsWith("/static/")) {
      return assets
          .get(path.substring("/static/".length()))
          .orElseThrow(() -> HttpProblem.notFound("no such file"));
    }
    QueryParameters p = QueryParameters.parse(exchange.getRequestURI().getRawQuery());
    CorpusView view = corpus.acquire();
    try {
      Response r = route(view, path, p);
      Map<String, String> headers = new java.util.LinkedHashMap<>(r.headers());
      headers.put("X-Index-Committed", view.committed().toString());
      return new Response(r.status(), r.contentType(), r.body(), headers);
    } finally {
      corpus.release(view);
    }
  }

  private Response route(CorpusView view, String path, QueryParameters p) throws IOException {
    if (path.startsWith("/documents/")) {
      return new DocumentPage(view).render(segment(path, "/documents/"));
    }
    if (path.startsWith("/api/documents/")) {
      return new JsonApi(view).document(segment(path, "/api/documents/"));
    }
    return switch (path) {
      case "/" -> new SearchPage(view, querySyntax).render(p);
      case "/cites" -> new CitesPage(view).render(p);
      case "/graph" -> CitationMap.page(view);
      case "/compare" -> new ComparePage(view).render(p);
      case "/compare.csv" -> new ComparePage(view).csv(p);
      case "/api/compare" -> new ComparePage(view).json(p);
      case "/api/search" -> new JsonApi(view).search(p, querySyntax);
      case "/api/cites" -> new JsonApi(view).cites(p);
      case "/api/graph" -> new JsonApi(view).graph();
      case "/api/status" -> new JsonApi(view).status(writer.pendingChanges());
      default -> throw HttpProblem.notFound("no page " + path);
    };
  }

  /** The rest of the path after {@code prefix}, decoded as UTF-8 ({@code +} stays a plus). */
  private static String segment(String rawPath, String prefix) {
    String raw = rawPath.substring(prefix.length());
    if (raw.isEmpty()) {
      throw HttpProblem.notFound("no document id given");
    }
    return UrlDecoding.decode(raw, false, "path");
  }

  /** An error as the client reads it: JSON under {@code /api/}, a page elsewhere. */
  private static Response problem(HttpExchange exchange, int status, String message) {
    return problem(exchange.getRequestURI().getRawPath(), status, message);
  }

  private static Response problem(String path, int status, String message) {
    if (path != null && path.startsWith("/api/")) {
      return Response.json(
          status, vanban.json.Json.compact(Map.of("status", status, "error", message)));
    }
    return Response.html(status, PageLayout.error(status, message));
  }

  private static void send(HttpExchange exchange, Response r) throws IOException {
    Headers h = exchange.getResponseHeaders();
    h.set("Content-Type", r.contentType());
    h.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cache-Control", "no-store");
    r.headers().forEach(h::set);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    if (head || r.body().length == 0) {
      exchange.sendResponseHeaders(r.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(r.status(), r.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(r.body());
    }
  }

  private static ThreadPoolExecutor pool(String name, int threads, int queue) {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread t = new Thread(task, name + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queue),
            factory,
            new ThreadPoolExecutor.AbortPolicy());
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
