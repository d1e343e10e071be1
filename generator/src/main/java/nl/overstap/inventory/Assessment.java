package nl.overstap.inventory;

import java.util.List;
import java.util.Optional;
import nl.overstap.model.Alternative;
import nl.overstap.model.Inventory.Application;
import nl.overstap.model.MigrationGuide;
import nl.overstap.model.Party;

/**
 * One application judged against the catalogue: who controls it, how locked in it is, how much
 * depends on it, and what moving away would take. Every factor keeps what it rests on, so the
 * report explains each score instead of showing a bare number.
 *
 * @param controller     the vendor or steward the judgement on jurisdiction rests on; empty when unknown
 * @param reach          whose law reaches the data
 * @param lockIn         how hard leaving is
 * @param criticalVia    the critical applications that need it, which make it critical too
 * @param factors        each risk factor in tenths, 0 to 10, in {@link Weights#byName()} order
 * @param risk           0 to 100: the weighted mean of the factors
 * @param recommended    the alternatives to move to, best first (at most two); empty when none is known or
 *                       the application is already an alternative
 * @param guide          the catalogue's guide from this product to the first recommended alternative
 * @param effort         1 (small) to 5 (large); 0 when there is nothing to move to
 * @param effortReasons  what the effort is made of, as keys the report translates
 */
public record Assessment(Application application, Match match, Optional<Party> controller, Reach reach,
        LockInLevel lockIn, List<String> criticalVia, List<Integer> factors, int risk,
        List<Alternative> recommended, Optional<MigrationGuide> guide, int effort, List<String> effortReasons) {

    public Assessment {
        criticalVia = List.copyOf(criticalVia);
        factors = List.copyOf(factors);
        recommended = List.copyOf(recommended);
        effortReasons = List.copyOf(effortReasons);
    }

    /** Whose law reaches the data. */
    public enum Reach {
        /** Controlled from the EU or EEA, with no foreign law recorded that reaches it, or run by the organisation itself. */
        EU,
        /** A controller outside the EU/EEA, or a law from outside (such as the US CLOUD Act) that reaches it. */
        NON_EU,
        UNKNOWN
    }

    /** How hard leaving is, from the catalogue's licence and lock-in facts. */
    public enum LockInLevel {
        /** A proprietary product without a documented export. */
        HIGH,
        /** A proprietary product with documented exports, or an open-core or source-available alternative. */
        MEDIUM,
        /** Open source. */
        LOW,
        UNKNOWN;

        /** Proprietary software from one vendor: the lock-in the exposure figures count. */
        public boolean singleVendor() {
            return this == HIGH || this == MEDIUM;
        }
    }

    /** Risk per unit of effort: what the roadmap sorts by. */
    public double priority() {
        return effort == 0 ? 0 : (double) risk / effort;
    }

    /** Whether the roadmap has a move for it. */
    public boolean movable() {
        return !recommended.isEmpty();
    }
}
