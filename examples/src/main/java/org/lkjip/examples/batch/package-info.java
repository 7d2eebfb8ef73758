/**
 * Streaming batch evaluation and verification of NDJSON input (one {@code lkjip-report/1} document
 * a line): read, evaluate or verify, and write one output document a line, in input order, with
 * memory flat whatever the count.
 *
 * <p>{@link org.lkjip.examples.batch.BatchPipeline} is the engine: a reader, a pool of workers and
 * an ordered writer joined by a bounded queue. {@link org.lkjip.examples.batch.BatchRun} adds the
 * files: {@code -} for standard input or output, and atomic output files (temp file, then rename)
 * that stay absent when a run stops on a bad line. {@link org.lkjip.examples.batch.Ndjson} writes
 * compact documents, one a line.
 */
@NullMarked
package org.lkjip.examples.batch;

import org.jspecify.annotations.NullMarked;
