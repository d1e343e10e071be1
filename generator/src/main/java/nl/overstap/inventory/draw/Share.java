package nl.overstap.inventory.draw;

import java.util.Objects;

/**
 * One bar of a chart: {@code part} of {@code whole}, such as 310 of 450 users.
 *
 * @param label     what the bar is about
 * @param part      the filled part; at least 0 and at most {@code whole}
 * @param whole     the whole; 0 gives an empty bar
 * @param valueText the value as shown beside the bar, such as "69 % (310 van 450)"
 */
public record Share(String label, long part, long whole, String valueText) {
    public Share {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(valueText, "valueText");
        if (whole < 0 || part < 0 || part > whole) {
            throw new IllegalArgumentException("share '" + label + "': part " + part + " of whole " + whole
                    + " is not a part (0 <= part <= whole)");
        }
    }

    /** The filled fraction, 0 when the whole is 0. */
    double fraction() {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
