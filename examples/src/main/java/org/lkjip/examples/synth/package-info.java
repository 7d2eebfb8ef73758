/**
 * A generator of synthetic LKjIP reports at the seed's shape with realistic variation and planted
 * defects, deterministic from a seed number, written as NDJSON (one compact {@code lkjip-report/1}
 * document a line): input for the batch path and its benchmarks.
 *
 * <p>Entry points: {@link org.lkjip.examples.synth.SyntheticReports#generate(long)} for one report,
 * {@link org.lkjip.examples.synth.SyntheticReports#writeNdjson} for a run, and {@link
 * org.lkjip.examples.synth.GenerateMain} as a program.
 */
@NullMarked
package org.lkjip.examples.synth;

import org.jspecify.annotations.NullMarked;
