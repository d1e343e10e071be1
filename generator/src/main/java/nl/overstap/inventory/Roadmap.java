package nl.overstap.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The moves in order of priority (risk per unit of effort), each placed in time: ready when its
 * contract ends, started as long before as its effort needs; without a contract end, started
 * sooner the higher it ranks.
 */
public final class Roadmap {
    private Roadmap() {
    }

    /** How a step's dates were set. */
    public enum Timing {
        /** Ready by the contract end. */
        CONTRACT,
        /** The contract ends before a move of this effort can be done: extend briefly, with exit clauses. */
        CONTRACT_TOO_SOON,
        /** No contract end known: by rank. */
        PRIORITY
    }

    /**
     * One move.
     *
     * @param rank  1 for the highest priority
     * @param start when to start, never before the inventory's date
     * @param ready when the move should be done
     */
    public record Step(int rank, Assessment assessment, LocalDate start, LocalDate ready, Timing timing) {
    }

    /** The order the roadmap lists moves in: priority, then risk, then the inventory id. */
    static final Comparator<Assessment> ORDER = Comparator.comparingDouble((Assessment a) -> -a.priority())
            .thenComparingInt(a -> -a.risk())
            .thenComparing(a -> a.application().id());

    /** Months a move of effort 1 to 5 takes, from decision to done. */
    static int leadMonths(int effort) {
        return switch (effort) {
            case 1 -> 3;
            case 2 -> 6;
            case 3 -> 9;
            case 4 -> 12;
            default -> 18;
        };
    }

    public static List<Step> plan(List<Assessment> assessments, LocalDate today) {
        List<Assessment> moves = assessments.stream().filter(Assessment::movable).sorted(ORDER).toList();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            Assessment move = moves.get(i);
            int lead = leadMonths(move.effort());
            var contractEnd = move.application().contractEnd();
            if (contractEnd.isPresent() && !contractEnd.get().minusMonths(lead).isBefore(today)) {
                steps.add(new Step(i + 1, move, contractEnd.get().minusMonths(lead), contractEnd.get(), Timing.CONTRACT));
            } else if (contractEnd.isPresent()) {
                steps.add(new Step(i + 1, move, today, today.plusMonths(lead), Timing.CONTRACT_TOO_SOON));
            } else {
                // Thirds by rank: the first third starts now, the next in six months, the rest in a year.
                int third = i * 3 / moves.size();
                LocalDate start = today.plusMonths(6L * third);
                steps.add(new Step(i + 1, move, start, start.plusMonths(lead), Timing.PRIORITY));
            }
        }
        return steps;
    }
}
