package nl.overstap.inventory;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import nl.overstap.inventory.Assessment.Reach;

/**
 * The exposure in figures: of all use, all critical services, all applications with sensitive data
 * and all applications, how much is reached by non-EU law and how much is locked in to one vendor.
 * Use is the sum of each application's users, so a person counts once per application they use.
 */
public record Exposure(List<Measure> measures) {

    /** One row: a part of the whole for non-EU reach, unknown reach and single-vendor lock-in. */
    public record Measure(String key, long whole, long nonEu, long unknown, long lockedIn) {
    }

    public static Exposure of(List<Assessment> assessments) {
        return new Exposure(List.of(
                measure("users", assessments, a -> true, a -> a.application().users()),
                measure("critical", assessments, a -> a.application().critical(), a -> 1),
                measure("sensitive", assessments, a -> a.application().sensitive(), a -> 1),
                measure("applications", assessments, a -> true, a -> 1)));
    }

    private static Measure measure(String key, List<Assessment> assessments, Predicate<Assessment> in,
            ToLongFunction<Assessment> amount) {
        List<Assessment> counted = assessments.stream().filter(in).toList();
        return new Measure(key, sum(counted, a -> true, amount), sum(counted, a -> a.reach() == Reach.NON_EU, amount),
                sum(counted, a -> a.reach() == Reach.UNKNOWN, amount),
                sum(counted, a -> a.lockIn().singleVendor(), amount));
    }

    private static long sum(List<Assessment> assessments, Predicate<Assessment> which, ToLongFunction<Assessment> amount) {
        return assessments.stream().filter(which).mapToLong(amount).sum();
    }

    /** {@code part} of {@code whole} in whole percent, rounded half up; 0 of nothing is 0. */
    public static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) ((part * 200 + whole) / (whole * 2));
    }
}
