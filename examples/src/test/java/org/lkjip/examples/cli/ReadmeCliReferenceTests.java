package org.lkjip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * README's CLI reference against the real {@code --help} of every command: every subcommand picocli
 * knows is in the reference of "The auditor (CLI)"; every option a README command line shows exists
 * in that command's {@code --help}; and every option of a command's {@code --help} (but {@code -h},
 * {@code -V} and {@code --debug}, which every reading command has) is on its line in the reference.
 */
class ReadmeCliReferenceTests {
  private static final Path README = Path.of("..", "README.md");

  /** How a command line in README starts. */
  private static final String JAR = "java -jar examples/target/lkjip.jar ";

  /** Options every command has, not repeated on each line of the reference. */
  private static final Set<String> STANDARD = Set.of("-h", "--help", "-V", "--version", "--debug");

  /** An option in a README line: a dash after a space or bracket, not inside a word. */
  private static final Pattern OPTION = Pattern.compile("(?<![\\w.-])(--?[A-Za-z][\\w-]*)");

  /** An option's names at the start of a --help line: {@code -o, --output=PATH}. */
  private static final Pattern HELP_NAMES =
      Pattern.compile(
          "^ {2,6}((?:-[A-Za-z]|--[a-z][a-z0-9-]*)(?:=\\S+)?(?:, --[a-z][a-z0-9-]*(?:=\\S+)?)?)( |$)");

  private static String readme = "";
  private static String reference = "";
  private static final Map<String, Set<String>> HELP = new LinkedHashMap<>();

  @BeforeAll
  static void read() throws IOException {
    readme = Files.readString(README, StandardCharsets.UTF_8);
    int section = readme.indexOf("\n## The auditor (CLI)\n");
    assertThat(section).isPositive();
    int open = readme.indexOf("```\n", section) + 4;
    reference = readme.substring(open, readme.indexOf("```\n", open));
    CommandLineHolder cli = new CommandLineHolder();
    for (String name : cli.subcommands()) {
      CliRun help = CliRun.of(name, "--help");
      assertThat(help.exitCode()).as(name + " --help").isZero();
      HELP.put(name, helpOptions(help.out()));
    }
  }

  @Test
  void reference_namesEverySubcommand() {
    Set<String> named = commandLines(reference).keySet();
    assertThat(named).containsAll(HELP.keySet());
  }

  @Test
  void everyOptionAReadmeCommandLineShows_isInThatCommandsHelp() {
    Map<String, Set<String>> lines = commandLines(codeBlocks(readme));
    assertThat(lines).isNotEmpty();
    for (Map.Entry<String, Set<String>> e : lines.entrySet()) {
      assertThat(HELP)
          .as("README runs 'lkjip %s', which is no command", e.getKey())
          .containsKey(e.getKey());
      assertThat(HELP.get(e.getKey()))
          .as("options README shows for 'lkjip %s' but its --help does not know", e.getKey())
          .containsAll(e.getValue());
    }
  }

  @Test
  void everyOptionOfEachHelp_isOnItsLineOfTheReference() {
    Map<String, Set<String>> lines = commandLines(reference);
    for (Map.Entry<String, Set<String>> e : HELP.entrySet()) {
      Set<String> wanted = new TreeSet<>(e.getValue());
      wanted.removeAll(STANDARD);
      // an option is documented by either of its names (-o or --output)
      wanted.removeIf(
          o ->
              aliases(e.getKey(), o).stream()
                  .anyMatch(lines.getOrDefault(e.getKey(), Set.of())::contains));
      assertThat(wanted)
          .as("options of 'lkjip %s --help' missing from README's reference", e.getKey())
          .isEmpty();
    }
  }

  @Test
  void helpOptions_ofVerify_areParsedFromTheHelpText() {
    assertThat(HELP.get("verify"))
        .contains("-o", "--output", "--rules", "--write-baseline", "--debug");
    assertThat(HELP.get("batch")).contains("--on-error", "--threads").doesNotContain("--batch");
  }

  /** The names of the option {@code option} of {@code command}: -o and --output. */
  private static Set<String> aliases(String command, String option) {
    CommandLineHolder cli = new CommandLineHolder();
    picocli.CommandLine sub = cli.line.getSubcommands().get(command);
    if (sub == null) {
      return Set.of(option);
    }
    picocli.CommandLine.Model.OptionSpec spec = sub.getCommandSpec().findOption(option);
    return spec == null ? Set.of(option) : Set.of(spec.names());
  }

  /** Every command line's options by command: {@code lkjip verify ...} and its continuations. */
  static Map<String, Set<String>> commandLines(String text) {
    Map<String, Set<String>> commands = new LinkedHashMap<>();
    Set<String> current = null;
    for (String raw : text.split("\n", -1)) {
      String line = raw.replaceFirst("\\s{2,}#.*$", "");
      if (line.startsWith(JAR)) {
        for (String alternative : line.substring(JAR.length()).split(" \\| ")) {
          String[] words = alternative.strip().split("\\s+", 2);
          current = commands.computeIfAbsent(words[0], k -> new TreeSet<>());
          current.addAll(options(words.length > 1 ? words[1] : ""));
        }
      } else if (current != null && line.startsWith(" ")) {
        current.addAll(options(line));
      } else {
        current = null;
      }
    }
    return commands;
  }

  private static Set<String> options(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = OPTION.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** The option names a --help text lists. */
  static Set<String> helpOptions(String help) {
    Set<String> names = new TreeSet<>();
    for (String line : help.split("\n")) {
      Matcher m = HELP_NAMES.matcher(line);
      if (m.find()) {
        for (String name : m.group(1).split(", ")) {
          names.add(name.replaceFirst("=.*$", ""));
        }
      }
    }
    return names;
  }

  /** The text of README's code blocks (```), one after another. */
  private static String codeBlocks(String markdown) {
    StringBuilder b = new StringBuilder();
    boolean in = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.strip().startsWith("```")) {
        in = !in;
        b.append('\n');
      } else if (in) {
        b.append(line).append('\n');
      }
    }
    return b.toString();
  }

  /** The command line as main builds it. */
  private static final class CommandLineHolder {
    final picocli.CommandLine line =
        LkjipCli.commandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

    List<String> subcommands() {
      return List.copyOf(line.getSubcommands().keySet());
    }
  }
}
