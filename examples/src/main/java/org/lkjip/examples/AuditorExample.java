package org.lkjip.examples;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.lkjip.evaluation.RuleSet;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.evaluation.audit.Auditor;
import org.lkjip.evaluation.audit.Verification;
import org.lkjip.examples.report.RenderOptions;
import org.lkjip.examples.report.TextReport;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.LkjipInputException;
import org.lkjip.io.ReportReader;
import org.lkjip.model.Report;

/**
 * An auditor's program: reads a report file, verifies it under a named built-in rule set and prints
 * the text table of every published figure with its status, the findings and a summary.
 *
 * <pre>
 * java -cp examples/target/lkjip.jar org.lkjip.examples.AuditorExample \
 *     examples/data/tebing-tinggi-2022.json seed-tebing-tinggi-2022
 * </pre>
 *
 * <p>Exit codes as the {@code lkjip verify} command: 0 when every figure reconciles and no check
 * finds an error, 1 otherwise, 2 for bad input or usage.
 *
 * @since 0.1
 */
public final class AuditorExample {
  private AuditorExample() {}

  /**
   * Runs the example and exits with its exit code.
   *
   * @param args the report file, then optionally a rule set id (default "recommended")
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the example, printing to {@code out} and {@code err}; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length < 1 || args.length > 2) {
      err.println("usage: AuditorExample REPORT.json [RULE-SET-ID]");
      return 2;
    }
    String ruleSetId = args.length == 2 ? args[1] : RuleSets.RECOMMENDED;
    Optional<RuleSet> ruleSet = RuleSets.find(ruleSetId);
    if (ruleSet.isEmpty()) {
      err.println("error: unknown rule set '" + ruleSetId + "'");
      return 2;
    }
    Report report;
    try {
      report = new ReportReader().read(Path.of(args[0]));
    } catch (LkjipInputException e) {
      // One line: file:line:column: $.path: what is wrong.
      err.println("error: " + e.getMessage());
      return 2;
    }
    Verification v =
        new Auditor(FormulaRegistry.standard()).verify(report, ruleSet.get(), Optional.empty());
    out.print(TextReport.render(v, report, RenderOptions.defaults()));
    out.flush();
    return v.passed() ? 0 : 1;
  }
}
