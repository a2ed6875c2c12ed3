package vanban.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The plugin jar Solr loads holds every class of ours the configset's analyzers need: each analyzer
 * the schema names is loaded with only the classes the pom's include patterns put in the jar and
 * analyzes as the one the local index uses. (Libraries come from the test class path, so an
 * analyzer that started using one Solr lacks would pass here; Solr has Lucene, and ICU with the
 * analysis-extras module.)
 */
class SolrPluginJarTest {
  private static final Path CLASSES = Path.of("target/classes");
  private static final Path SCHEMA = Path.of("src/main/solr/configsets/vanban/conf/schema.xml");
  private static final String SAMPLE = "Kỷ luật, HOÁ giải Ðảng ủy 26/CT-TTg ngày 05/9/2016";

  @Test
  void everySchemaAnalyzerLoadsFromThePluginJarAlone() throws Exception {
    List<String> analyzers = matches(Files.readString(SCHEMA), "<analyzer class=\"([^\"]+)\"");
    assertThat(analyzers)
        .containsExactly(
            "vanban.index.VietnameseAnalyzer",
            "vanban.index.VietnameseFoldingAnalyzer",
            "vanban.index.VietnameseBigramAnalyzer");
    try (PluginLoader loader = new PluginLoader(includes())) {
      for (String name : analyzers) {
        Analyzer isolated =
            (Analyzer) Class.forName(name, true, loader).getConstructor().newInstance();
        Analyzer local = (Analyzer) Class.forName(name).getConstructor().newInstance();
        assertThat(tokens(isolated)).as(name).isNotEmpty().isEqualTo(tokens(local));
      }
    }
  }

  /** The include patterns of the {@code solr-plugins} jar execution in the pom. */
  private static List<String> includes() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    int execution = pom.indexOf("<id>solr-plugins</id>");
    assertThat(execution).isPositive();
    String block = pom.substring(execution, pom.indexOf("</includes>", execution));
    return matches(block, "<include>([^<]+)</include>");
  }

  private static List<String> matches(String text, String regex) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static List<String> tokens(Analyzer analyzer) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", SAMPLE)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  /** Our classes only where an include pattern of the plugin jar matches. */
  private static final class PluginLoader extends URLClassLoader {
    private final List<PathMatcher> includes = new ArrayList<>();

    PluginLoader(List<String> patterns) {
      // Lucene and ICU from the test class path, as Solr shares its own with plugins; our
      // classes only from the jar's patterns.
      super(new URL[0], SolrPluginJarTest.class.getClassLoader());
      for (String pattern : patterns) {
        includes.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
      }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("vanban.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded != null) {
          return loaded;
        }
        String file = name.replace('.', '/') + ".class";
        Path path = CLASSES.resolve(file);
        if (!included(file) || !Files.exists(path)) {
          throw new ClassNotFoundException(name + " is not in the plugin jar");
        }
        try {
          byte[] bytes = Files.readAllBytes(path);
          return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    public URL getResource(String name) {
      if (!name.startsWith("vanban/")) {
        return super.getResource(name);
      }
      Path path = CLASSES.resolve(name);
      try {
        return included(name) && Files.exists(path) ? path.toUri().toURL() : null;
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }

    private boolean included(String file) {
      return includes.stream().anyMatch(m -> m.matches(Path.of(file)));
    }
  }
}
