package nl.overstap.inventory;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Product;
import nl.overstap.model.Text;
import nl.overstap.model.Topic;

/** Procurement notes for the contracts that end within two years: the moment to buy differently. */
public final class Procurement {
    static final int HORIZON_YEARS = 2;
    /** The catalogue's topics whose sections are the clauses to ask for, when the catalogue has them. */
    static final List<String> CLAUSE_TOPICS = List.of("procurement-clauses", "exit-strategy");

    private Procurement() {
    }

    /**
     * @param monthsLeft whole months from the inventory's date to the contract end; negative when it has ended
     * @param contract   what the catalogue says about this product's contract terms
     */
    public record Contract(Assessment assessment, LocalDate end, long monthsLeft, Optional<Text> contract) {
    }

    /** Contracts ending within {@link #HORIZON_YEARS} years of {@code today}, soonest first. */
    public static List<Contract> notes(List<Assessment> assessments, LocalDate today) {
        LocalDate horizon = today.plusYears(HORIZON_YEARS);
        return assessments.stream()
                .filter(a -> a.application().contractEnd().filter(end -> !end.isAfter(horizon)).isPresent())
                .map(a -> {
                    LocalDate end = a.application().contractEnd().get();
                    Optional<Text> terms = a.match().entry().filter(e -> e instanceof Product)
                            .flatMap(p -> ((Product) p).lockIn().contract());
                    return new Contract(a, end, ChronoUnit.MONTHS.between(today, end), terms);
                })
                .sorted(Comparator.comparing(Contract::end).thenComparing(c -> c.assessment().application().id()))
                .toList();
    }

    /** The topics with the clauses, in {@link #CLAUSE_TOPICS} order. */
    public static List<Topic> clauseTopics(Catalogue catalogue) {
        return CLAUSE_TOPICS.stream().map(catalogue::findTopic).flatMap(Optional::stream).toList();
    }
}
