package org.lkjip.evaluation.budget;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lkjip.model.Alignment;
import org.lkjip.model.AlignmentLink;
import org.lkjip.model.Report;
import org.lkjip.model.SubActivity;

/**
 * The allocation of budget lines to objectives through an {@link Alignment}: a link to a program or
 * activity takes all its sub-activities, with the link's share (100% when it states none); and the
 * check that every sub-activity is allocated exactly once, or with shares summing to 100%.
 *
 * @since 0.1
 */
public final class Allocations {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Allocations() {}

  /** The sub-activities allocated to each objective, in link order, keyed by objective id. */
  public static ImmutableListMultimap<String, AllocatedLine> byObjective(
      Alignment alignment, BudgetIndex index) {
    ImmutableListMultimap.Builder<String, AllocatedLine> b = ImmutableListMultimap.builder();
    for (AlignmentLink link : alignment.links()) {
      BigDecimal share = link.share().orElse(HUNDRED);
      for (SubActivity s : index.subActivitiesOf(link.line())) {
        b.put(link.objective(), ImmutableAllocatedLine.of(s, share, link.line()));
      }
    }
    return b.build();
  }

  /**
   * The sub-activities of {@code report} that {@code alignment} does not allocate exactly once, in
   * printed order; empty when every line's shares sum to 100.
   */
  public static ImmutableList<AllocationIssue> check(
      Report report, Alignment alignment, BudgetIndex index) {
    Map<String, List<AlignmentLink>> linksByLine = new LinkedHashMap<>();
    for (AlignmentLink link : alignment.links()) {
      for (SubActivity s : index.subActivitiesOf(link.line())) {
        linksByLine.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(link);
      }
    }
    ImmutableList.Builder<AllocationIssue> issues = ImmutableList.builder();
    for (SubActivity s : report.subActivities()) {
      List<AlignmentLink> links = linksByLine.getOrDefault(s.id(), List.of());
      BigDecimal sum = BigDecimal.ZERO;
      boolean anyShare = false;
      for (AlignmentLink l : links) {
        Optional<BigDecimal> share = l.share();
        sum = sum.add(share.orElse(HUNDRED));
        anyShare |= share.isPresent();
      }
      if (sum.compareTo(HUNDRED) == 0) {
        continue;
      }
      List<String> objectives = new ArrayList<>(links.size());
      for (AlignmentLink l : links) {
        objectives.add(l.objective());
      }
      AllocationIssue.Kind kind =
          links.isEmpty()
              ? AllocationIssue.Kind.NOT_ALLOCATED
              : anyShare
                  ? AllocationIssue.Kind.SHARES_NOT_100
                  : AllocationIssue.Kind.ALLOCATED_MORE_THAN_ONCE;
      issues.add(
          ImmutableAllocationIssue.builder()
              .alignmentId(alignment.id())
              .line(s.id())
              .kind(kind)
              .addAllObjectives(objectives)
              .shareSum(sum)
              .build());
    }
    return issues.build();
  }
}
