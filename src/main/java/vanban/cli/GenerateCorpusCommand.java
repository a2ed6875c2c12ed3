package vanban.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vanban.generate.CorpusGenerator;

/** {@code vanban generate-corpus --docs N --seed S --out DIR}: a synthetic corpus and its truth. */
@Command(
    name = "generate-corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Writes N synthetic directives (txt, html, docx) across provinces, issuers and types, with"
          + " citations in the shapes real documents use, and truth.jsonl: each file's metadata"
          + " and citations in SCHEMA field names. The same N and seed give the same files."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:bad command line", "3:the folder cannot be written"})
final class GenerateCorpusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--docs", paramLabel = "N", required = true, description = "How many documents.")
  int docs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (docs < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--docs must be >= 0");
    }
    new CorpusGenerator(docs, seed).write(out);
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %d documents into %s and their truth into %s%n",
            docs, out.resolve(CorpusGenerator.DOCS_FOLDER), out.resolve(CorpusGenerator.TRUTH_FILE));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
