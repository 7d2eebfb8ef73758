/**
 * Benchmarks of the batch path, each measured beside the limit for this job: Jackson 3 parsing the
 * same bytes into a tree and doing nothing else. {@link org.lkjip.benchmarks.PipelineBench} and
 * {@link org.lkjip.benchmarks.EvaluationBench} are JMH benchmarks (run {@code java -jar
 * benchmarks/target/benchmarks.jar}); {@link org.lkjip.benchmarks.BatchThroughput} is a program
 * that pushes 1k to 100k reports through the streaming pipeline. Results and how to rerun them are
 * in {@code BENCHMARKS.md}.
 */
@NullMarked
package org.lkjip.benchmarks;

import org.jspecify.annotations.NullMarked;
