package org.lkjip.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.jspecify.annotations.Nullable;
import org.lkjip.examples.synth.SyntheticReports;
import org.lkjip.io.LkjipJson;
import org.lkjip.model.Program;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;
import org.lkjip.xlsx.ReportWorkbookReader;
import org.lkjip.xlsx.ReportWorkbookWriter;
import org.lkjip.xlsx.WorkbookReport;

/**
 * Workbooks at scale: writes a generated report of 50,000 sub-activities (500 programs × 10
 * activities × 10 sub-activities by default) as an {@code lkjip-workbook/1} workbook with {@link
 * ReportWorkbookWriter} (SXSSF), reads it back with {@link ReportWorkbookReader} (POI's event API
 * and SAX), and checks that the report read {@code equals} the one written; it fails (exception,
 * exit status 1) when it does not.
 *
 * <p>The default reader refuses more than {@code Limits.MAX_BUDGET_LINES} (10,000) budget lines and
 * {@link ReportWorkbookReader#MAX_ROWS_PER_SHEET} rows per sheet, so this program reads with {@code
 * withLimits(200_000, 200_000)}.
 *
 * <p>The report is {@link SyntheticReports#generate(long, int, int)}: {@code --subs} sub-activities
 * (50,000 by default) under programs of 1–4 activities of 1–20 sub-activities each, as {@code lkjip
 * generate} makes them (budget, spending by quarter, physical progress, output and code each; every
 * sub-activity linked to an objective in the cascade and printed in Tabel 12 with its budget,
 * spending and absorption), {@code --indicators} indicators (40 by default) and the published
 * figures the synthetic publisher prints: 50,000 cascade rows and about 150,000 published figures
 * besides the 50,000 budget rows.
 *
 * <p>Modes: {@code bench} (the default) writes and reads {@code --warmup} + {@code --iterations}
 * times in this JVM and prints every pass and the min and median; {@code write} and {@code read} do
 * one cold pass each (for {@code benchmarks/scripts/workbook.sh}, a new JVM per run): {@code write}
 * also stores the SHA-256 of the report's JSON beside the workbook ({@code FILE.sha256}) and {@code
 * read} checks the report it reads against it. Printed per pass: wall seconds, process CPU seconds
 * (all threads, GC and JIT included), CPU seconds of the measuring thread (which other load on a
 * shared machine barely moves), MB allocated by the measuring thread, the number and total pause of
 * garbage collections, the largest heap in use just after a collection during the pass (all heap
 * pools, from the collector's notifications), the heap after a forced collection at the end with
 * the result still referenced, and the file's size. MB are 10^6 bytes, MiB 2^20.
 *
 * <p>Usage: {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar
 * org.lkjip.benchmarks.WorkbookBench [--mode bench|write|read] [--file target/workbook-bench.xlsx]
 * [--subs 50000] [--indicators 40] [--seed 1] [--warmup 2] [--iterations 5]}
 */
public final class WorkbookBench {
  private WorkbookBench() {}

  /** Rows and budget lines the benchmark's reader allows (the defaults would refuse 50,000). */
  static final int MAX_ROWS = 200_000;

  static final int MAX_BUDGET_LINES = 200_000;

  /** Runs the measurements and prints a table. */
  public static void main(String[] args) throws IOException {
    String mode = "bench";
    Path file = Path.of("target", "workbook-bench.xlsx");
    int subs = 50_000;
    int indicators = 40;
    long seed = 1;
    int warmup = 2;
    int iterations = 5;
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--mode" -> mode = v;
        case "--file" -> file = Path.of(v);
        case "--subs" -> subs = Integer.parseInt(v);
        case "--indicators" -> indicators = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--warmup" -> warmup = Integer.parseInt(v);
        case "--iterations" -> iterations = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("an option without a value: " + args[args.length - 1]);
    }
    run(mode, file, new Size(seed, indicators, subs), warmup, iterations);
  }

  /** What to generate. */
  private record Size(long seed, int indicators, int subActivities) {}

  private static void run(String mode, Path file, Size size, int warmup, int iterations)
      throws IOException {
    PrintStream out = System.out;
    Runtime rt = Runtime.getRuntime();
    out.printf(
        Locale.ROOT,
        "# WorkbookBench %s; %s %s; %d processors; max heap %d MiB; mode %s%n",
        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        rt.availableProcessors(),
        rt.maxMemory() >> 20,
        mode);
    GcWatch.install();
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    ReportWorkbookReader reader = new ReportWorkbookReader().withLimits(MAX_ROWS, MAX_BUDGET_LINES);
    out.printf(
        Locale.ROOT,
        "# reader: ReportWorkbookReader().withLimits(%d, %d) (the defaults refuse more than"
            + " 10,000 budget lines and 100,000 rows a sheet)%n",
        MAX_ROWS,
        MAX_BUDGET_LINES);
    switch (mode) {
      case "bench" -> bench(out, size, file, reader, warmup, iterations);
      case "write" -> {
        Report report = generate(out, size);
        header(out);
        Pass p = measure(() -> write(report, file), file);
        print(out, "cold", "write", p);
        Files.writeString(sibling(file, ".sha256"), digest(report) + "\n", StandardCharsets.UTF_8);
      }
      case "read" -> {
        String expected =
            Files.readString(sibling(file, ".sha256"), StandardCharsets.UTF_8).strip();
        header(out);
        Holder<WorkbookReport> read = new Holder<>();
        Pass p = measure(() -> read.value = reader.read(file), file);
        print(out, "cold", "read", p);
        WorkbookReport back = Objects.requireNonNull(read.value);
        long t0 = System.nanoTime();
        String actual = digest(back.report());
        if (!actual.equals(expected)) {
          throw new IllegalStateException(
              "the report read from "
                  + file
                  + " differs from the one written: SHA-256 of its JSON "
                  + actual
                  + ", written "
                  + expected);
        }
        out.printf(
            Locale.ROOT,
            "# check: the report read has the SHA-256 of the report written (%s); %s; checked"
                + " in %.2f s%n",
            actual.substring(0, 16),
            describe(back.report()),
            (System.nanoTime() - t0) / 1e9);
      }
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  private static void bench(
      PrintStream out,
      Size size,
      Path file,
      ReportWorkbookReader reader,
      int warmup,
      int iterations)
      throws IOException {
    Report report = generate(out, size);
    header(out);
    long[] writes = new long[iterations];
    long[] reads = new long[iterations];
    long fileBytes = 0;
    for (int i = -warmup; i < iterations; i++) {
      String label = i < 0 ? "warm" + (i + warmup + 1) : String.valueOf(i + 1);
      Pass w = measure(() -> write(report, file), file);
      print(out, label, "write", w);
      Holder<WorkbookReport> read = new Holder<>();
      Pass r = measure(() -> read.value = reader.read(file), file);
      print(out, label, "read", r);
      check(report, Objects.requireNonNull(read.value), file);
      read.value = null;
      if (i >= 0) {
        writes[i] = w.nanos;
        reads[i] = r.nanos;
        fileBytes = w.fileBytes;
      }
    }
    out.printf(
        Locale.ROOT,
        "# every read report equals the written one (Report.equals; figure cells: one per"
            + " published figure)%n");
    out.printf(
        Locale.ROOT,
        "summary (%d passes after %d warm-up): write min %.2f s, median %.2f s; read min %.2f s,"
            + " median %.2f s; file %.1f MB (%d bytes)%n",
        iterations,
        warmup,
        min(writes) / 1e9,
        median(writes) / 1e9,
        min(reads) / 1e9,
        median(reads) / 1e9,
        fileBytes / 1e6,
        fileBytes);
  }

  private static void write(Report report, Path file) throws IOException {
    new ReportWorkbookWriter().write(report, file);
  }

  private static Report generate(PrintStream out, Size size) {
    long t0 = System.nanoTime();
    Report report = SyntheticReports.generate(size.seed(), size.indicators(), size.subActivities());
    long nanos = System.nanoTime() - t0;
    forceGc();
    long retained = heapUsed();
    out.printf(
        Locale.ROOT,
        "# report: %s; generated (with its evaluation) in %.1f s; heap after GC with it: %.1f"
            + " MiB%n",
        describe(report),
        nanos / 1e9,
        retained / 1048576.0);
    return report;
  }

  static String describe(Report r) {
    int activities = 0;
    for (Program p : r.programs()) {
      activities += p.activities().size();
    }
    int links = 0;
    for (var a : r.alignments()) {
      links += a.links().size();
    }
    int spans = 0;
    for (SubActivity s : r.subActivities()) {
      spans += s.spendingByPeriod().size();
    }
    return String.format(
        Locale.ROOT,
        "%,d programs, %,d activities, %,d sub-activities (%,d quarter spans), %,d indicators,"
            + " %,d cascade links, %,d published figures",
        r.programs().size(),
        activities,
        r.subActivities().size(),
        spans,
        r.indicators().size(),
        links,
        r.published().size());
  }

  /** Fails loudly unless the report read is the report written. */
  private static void check(Report written, WorkbookReport read, Path file) {
    if (!read.report().equals(written)) {
      throw new IllegalStateException(
          "the report read from "
              + file
              + " is not the report written: "
              + firstDifference(written, read.report()));
    }
    if (read.figureCells().size() != written.published().size()) {
      throw new IllegalStateException(
          "the reader gave "
              + read.figureCells().size()
              + " figure cells for "
              + written.published().size()
              + " published figures");
    }
  }

  private static String firstDifference(Report a, Report b) {
    if (!a.agency().equals(b.agency()) || a.fiscalYear() != b.fiscalYear()) {
      return "agency or fiscal year";
    }
    if (!a.statedScale().equals(b.statedScale())) {
      return "stated scale: " + a.statedScale() + " vs " + b.statedScale();
    }
    String d = firstDifference("goal", a.goals(), b.goals());
    if (d == null) {
      d = firstDifference("sub-activity", a.subActivities(), b.subActivities());
    }
    if (d == null) {
      d = firstDifference("program", a.programs(), b.programs());
    }
    if (d == null) {
      d = firstDifference("alignment", a.alignments(), b.alignments());
    }
    if (d == null) {
      d = firstDifference("published figure", a.published(), b.published());
    }
    return d != null ? d : "elsewhere (plans, data sets, title, rule set)";
  }

  private static <T> @Nullable String firstDifference(String what, List<T> a, List<T> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        return what + " " + (i + 1) + ": written " + a.get(i) + ", read " + b.get(i);
      }
    }
    return a.size() == b.size()
        ? null
        : what + "s: " + a.size() + " written, " + b.size() + " read";
  }

  // ------------------------------------------------------------------------------ measuring

  private interface Step {
    void run() throws IOException;
  }

  /** A mutable slot for a lambda's result. */
  private static final class Holder<T> {
    @Nullable T value;
  }

  /**
   * One measured pass: wall and process CPU nanoseconds, bytes allocated by this thread, garbage
   * collections and their total pause, the largest heap in use just after a collection, the heap
   * after a forced collection at the end, and the file's size.
   */
  private record Pass(
      long nanos,
      long cpuNanos,
      long threadCpuNanos,
      long allocatedBytes,
      long gcs,
      long gcMillis,
      long liveHeapBytes,
      long endHeapBytes,
      long fileBytes) {}

  private static Pass measure(Step step, Path file) throws IOException {
    forceGc();
    long gcs0 = gcCount();
    long gcMillis0 = gcMillis();
    GcWatch.reset();
    long alloc0 = allocatedBytes();
    long cpu0 = processCpuNanos();
    long threadCpu0 = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    step.run();
    long nanos = System.nanoTime() - start;
    long threadCpuNanos = THREADS.getCurrentThreadCpuTime() - threadCpu0;
    long cpuNanos = processCpuNanos() - cpu0;
    long allocated = allocatedBytes() - alloc0;
    long gcs = gcCount() - gcs0;
    long gcMillis = gcMillis() - gcMillis0;
    long live = GcWatch.maxAfterGc();
    forceGc();
    long end = heapUsed();
    return new Pass(
        nanos,
        cpuNanos,
        threadCpuNanos,
        allocated,
        gcs,
        gcMillis,
        Math.max(live, end),
        end,
        Files.size(file));
  }

  private static void header(PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%-6s %-6s %8s %8s %8s %10s %5s %7s %11s %10s %8s%n",
        "pass",
        "step",
        "seconds",
        "cpu-s",
        "thread-s",
        "allocMB",
        "GCs",
        "gc-ms",
        "liveHeapMiB",
        "endHeapMiB",
        "fileMB");
  }

  private static void print(PrintStream out, String label, String step, Pass p) {
    out.printf(
        Locale.ROOT,
        "%-6s %-6s %8.2f %8.2f %8.2f %10.0f %5d %7d %11.1f %10.1f %8.1f%n",
        label,
        step,
        p.nanos / 1e9,
        p.cpuNanos / 1e9,
        p.threadCpuNanos / 1e9,
        p.allocatedBytes / 1e6,
        p.gcs,
        p.gcMillis,
        p.liveHeapBytes / 1048576.0,
        p.endHeapBytes / 1048576.0,
        p.fileBytes / 1e6);
  }

  private static long min(long[] values) {
    return Arrays.stream(values).min().orElse(0);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** CPU time of the whole process (every thread, GC and JIT included), in nanoseconds. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      ManagementFactory.getThreadMXBean();

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  private static long gcCount() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }

  private static long gcMillis() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionTime());
    }
    return n;
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @SuppressWarnings("JavaSystemGC") // measuring what is left: the point of this program
  private static void forceGc() {
    System.gc();
    try {
      Thread.sleep(50); // let the collector's notification arrive
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The largest heap in use just after a garbage collection (all heap pools), from the collectors'
   * notifications, so that no collection is missed between samples.
   */
  private static final class GcWatch {
    private static final AtomicLong MAX = new AtomicLong();
    private static final Set<String> HEAP_POOLS = new HashSet<>();

    private GcWatch() {}

    static void install() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          HEAP_POOLS.add(pool.getName());
        }
      }
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(
              (n, handback) -> {
                if (n.getType()
                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                  long used = 0;
                  for (Map.Entry<String, MemoryUsage> e :
                      info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (HEAP_POOLS.contains(e.getKey())) {
                      used += e.getValue().getUsed();
                    }
                  }
                  MAX.accumulateAndGet(used, Math::max);
                }
              },
              null,
              null);
        }
      }
    }

    static void reset() {
      MAX.set(0);
    }

    static long maxAfterGc() {
      return MAX.get();
    }
  }

  private static Path sibling(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }

  /** SHA-256 of the report's JSON (streamed: the text is never held whole). */
  static String digest(Report report) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256", e);
    }
    try (OutputStream o = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
      LkjipJson.mapper().writeValue(o, report);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write to a digest", e);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  // ------------------------------------------------------------------------------ the report
}
