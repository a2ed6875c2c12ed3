package vanban.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A request that takes longer than the timeout is answered 503; the worker's answer is dropped. */
class RequestTimeoutTest {
  @Test
  void slowWorkIs503AndFailuresAreMapped() throws Exception {
    ServedCorpus served = ServedCorpus.get();
    try (WebServer quick =
        WebServer.start(
            served.indexDir, new WebServer.Options("127.0.0.1", 0, 2, Duration.ofMillis(200)))) {
      CountDownLatch never = new CountDownLatch(1);
      Response slow =
          quick.within(
              () -> {
                never.await();
                return Response.html("late");
              },
              "/api/search");
      never.countDown();
      assertThat(slow.status()).isEqualTo(503);
      assertThat(new String(slow.body(), StandardCharsets.UTF_8)).contains("\"error\"");

      assertThat(
              quick
                  .within(
                      () -> {
                        throw HttpProblem.notFound("gone");
                      },
                      "/documents/x")
                  .status())
          .isEqualTo(404);
      assertThat(
              quick
                  .within(
                      () -> {
                        throw new IllegalStateException("bug");
                      },
                      "/")
                  .status())
          .isEqualTo(500);
      assertThat(quick.within(() -> Response.html("ok"), "/").status()).isEqualTo(200);
    }
  }
}
