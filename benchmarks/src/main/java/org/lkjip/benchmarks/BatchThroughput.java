package org.lkjip.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lkjip.evaluation.RuleSets;
import org.lkjip.examples.batch.BatchPipeline;
import org.lkjip.examples.batch.BatchPipeline.LineProcessor;
import org.lkjip.examples.batch.BatchPipeline.OnError;
import org.lkjip.examples.batch.BatchPipeline.Options;
import org.lkjip.examples.batch.BatchPipeline.Summary;
import org.lkjip.examples.batch.Processors;
import org.lkjip.formulas.FormulaRegistry;
import org.lkjip.io.LkjipJson;

/**
 * The batch path's throughput against its limit, on the same bytes in one run: for each size (1k,
 * 10k, 100k reports by default) and worker count, the streaming pipeline with a parse-only line
 * processor (Jackson 3 {@code readTree}, nothing else) and with the real one (strict read →
 * evaluate → write the evaluation line), alternating, best of {@code --repeat}.
 *
 * <p>The input is {@code --distinct} generated reports cycled to the size, streamed from memory (so
 * that generation and disk are not measured); the output goes to a stream that counts bytes and
 * discards them. Printed per run: wall seconds, reports/s and MB/s in; process CPU seconds (every
 * thread, GC and JIT included), reports and MB per CPU-second (the per-core rate, which other load
 * on a shared machine barely moves); the ratio pipeline/parse-only of wall time and of CPU time;
 * and the live heap (the largest heap in use just after a garbage collection, during the run; and
 * after a forced GC at its end).
 *
 * <p>Usage: {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar
 * org.lkjip.benchmarks.BatchThroughput [--sizes 1000,10000,100000] [--workers 1,2] [--distinct 200]
 * [--repeat 3] [--mode evaluate|verify]}
 */
public final class BatchThroughput {
  private BatchThroughput() {}

  /** Runs the measurements and prints a table. */
  public static void main(String[] args) throws IOException {
    List<Long> sizes = List.of(1_000L, 10_000L, 100_000L);
    List<Integer> workers = List.of(1, 2);
    int distinct = 200;
    int repeat = 3;
    String mode = "evaluate";
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--sizes" -> sizes = parseList(v).stream().map(Long::valueOf).toList();
        case "--workers" -> workers = parseList(v).stream().map(Integer::valueOf).toList();
        case "--distinct" -> distinct = Integer.parseInt(v);
        case "--repeat" -> repeat = Integer.parseInt(v);
        case "--mode" -> mode = v;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    PrintStream out = System.out;
    Runtime rt = Runtime.getRuntime();
    out.printf(
        Locale.ROOT,
        "# BatchThroughput %s; %s %s; %d processors; max heap %d MiB; mode %s%n",
        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        rt.availableProcessors(),
        rt.maxMemory() >> 20,
        mode);
    long t0 = System.nanoTime();
    Corpus corpus = new Corpus(1, distinct);
    out.printf(
        Locale.ROOT,
        "# corpus: %s; generated in %.1f s%n",
        corpus.describe(),
        (System.nanoTime() - t0) / 1e9);
    out.printf(
        Locale.ROOT,
        "%-8s %-7s %-11s %8s %10s %8s %10s %14s %8s %8s %9s %10s %10s%n",
        "reports",
        "workers",
        "path",
        "seconds",
        "reports/s",
        "MB/s",
        "cpu-s",
        "reports/cpu-s",
        "MB/cpu-s",
        "ratio",
        "ratioCpu",
        "liveHeapMB",
        "endHeapMB");
    LineProcessor parseOnly =
        (name, line) -> {
          LkjipJson.mapper().readTree(line);
          return new byte[0];
        };
    LineProcessor pipeline = lineProcessor(mode);
    // warm both paths up once, untimed
    measure(corpus, Math.min(2_000, sizes.get(0) * 2), 2, parseOnly);
    measure(corpus, Math.min(2_000, sizes.get(0) * 2), 2, pipeline);
    for (long size : sizes) {
      for (int w : workers) {
        Result bestParse = measure(corpus, size, w, parseOnly);
        Result bestPipe = measure(corpus, size, w, pipeline);
        for (int r = 1; r < repeat; r++) {
          Result p = measure(corpus, size, w, parseOnly);
          Result q = measure(corpus, size, w, pipeline);
          bestParse = p.nanos < bestParse.nanos ? p : bestParse;
          bestPipe = q.nanos < bestPipe.nanos ? q : bestPipe;
        }
        print(out, size, w, "parse-only", bestParse, 1.0, 1.0);
        print(
            out,
            size,
            w,
            "pipeline",
            bestPipe,
            (double) bestPipe.nanos / bestParse.nanos,
            (double) bestPipe.cpuNanos / bestParse.cpuNanos);
      }
    }
  }

  private static LineProcessor lineProcessor(String mode) {
    BatchPipeline.Processor p =
        mode.equals("verify")
            ? Processors.verify(FormulaRegistry.standard(), RuleSets.recommended())
            : Processors.evaluate(FormulaRegistry.standard(), RuleSets.recommended());
    org.lkjip.io.ReportReader reader = new org.lkjip.io.ReportReader();
    return (name, line) -> p.process(reader.read(name, line), line);
  }

  private static List<String> parseList(String v) {
    List<String> l = new ArrayList<>();
    for (String s : v.split(",")) {
      l.add(s.strip());
    }
    return l;
  }

  private static void print(
      PrintStream out, long size, int w, String path, Result r, double ratio, double ratioCpu) {
    double s = r.nanos / 1e9;
    double cpu = r.cpuNanos / 1e9;
    out.printf(
        Locale.ROOT,
        "%-8d %-7d %-11s %8.2f %10.0f %8.1f %10.2f %14.0f %8.1f %8.2f %9.2f %10.1f %10.1f%n",
        size,
        w,
        path,
        s,
        r.summary.written() / s,
        r.summary.bytesIn() / 1e6 / s,
        cpu,
        r.summary.written() / cpu,
        r.summary.bytesIn() / 1e6 / cpu,
        ratio,
        ratioCpu,
        r.liveHeapBytes / 1048576.0,
        r.endHeapBytes / 1048576.0);
  }

  private record Result(
      Summary summary, long nanos, long cpuNanos, long liveHeapBytes, long endHeapBytes) {}

  /** CPU time of the whole process (every thread, GC and JIT included), in nanoseconds. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static Result measure(Corpus corpus, long size, int workers, LineProcessor p)
      throws IOException {
    System.gc();
    resetPeaks();
    Options options = Options.defaults().withWorkers(workers).withOnError(OnError.STOP);
    BatchPipeline pipeline = BatchPipeline.ofLines(p, options);
    PrintStream quiet =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    HeapSampler sampler = new HeapSampler();
    sampler.start();
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    Summary s = pipeline.run(new CyclingInput(corpus.lines, size), "bench", new Discard(), quiet);
    long nanos = System.nanoTime() - start;
    long cpuNanos = processCpuNanos() - cpuStart;
    sampler.finish();
    if (s.bad() > 0 || s.written() != size) {
      throw new IllegalStateException("bug: the benchmark input has bad lines: " + s.describe());
    }
    System.gc();
    long end = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return new Result(s, nanos, cpuNanos, sampler.maxAfterGc, end);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Samples the heap in use just after the last collection (all heap pools), every 50 ms. */
  private static final class HeapSampler extends Thread {
    volatile boolean done;
    volatile long maxAfterGc;

    HeapSampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!done) {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          MemoryUsage u = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
          if (u != null) {
            used += u.getUsed();
          }
        }
        maxAfterGc = Math.max(maxAfterGc, used);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void finish() {
      done = true;
      try {
        join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The lines, each followed by {@code '\n'}, cycled until {@code count} lines were given. */
  static final class CyclingInput extends InputStream {
    private final byte[][] lines;
    private final long count;
    private long given;
    private int line;
    private int offset;

    CyclingInput(byte[][] lines, long count) {
      this.lines = lines;
      this.count = count;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (given == count) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      byte[] current = lines[line];
      int n;
      if (offset < current.length) {
        n = Math.min(len, current.length - offset);
        System.arraycopy(current, offset, b, off, n);
        offset += n;
        return n;
      }
      b[off] = '\n';
      offset = 0;
      line = line + 1 == lines.length ? 0 : line + 1;
      given++;
      return 1;
    }
  }

  /** Counts nothing, keeps nothing: the output's cost is making the bytes, not storing them. */
  private static final class Discard extends OutputStream {
    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
