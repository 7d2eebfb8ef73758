/**
 * The {@code lkjip} command-line tool (picocli): {@code verify}, {@code evaluate}, {@code grade},
 * {@code scales}, {@code rules} and {@code schema}. Main class {@link
 * org.lkjip.examples.cli.LkjipCli}; {@code ./mvnw package} builds it into {@code
 * examples/target/lkjip.jar}.
 *
 * <p>Exit codes: 0 when every published figure reconciles and no check finds an error, 1 when a
 * figure mismatches or a check finds an error (or a value cannot be graded), 2 for bad input or
 * usage (one line on standard error, never a stack trace), 3 for an internal error.
 */
@NullMarked
package org.lkjip.examples.cli;

import org.jspecify.annotations.NullMarked;
