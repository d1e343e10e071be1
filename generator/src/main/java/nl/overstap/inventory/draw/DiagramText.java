package nl.overstap.inventory.draw;

import java.util.Objects;

/**
 * The texts of a dependency map, in the report's language.
 *
 * @param title          the diagram's accessible name (its {@code <title>})
 * @param description    its accessible description (its {@code <desc>}); also the text shown when
 *                       there is nothing to draw
 * @param legendEu       legend text for applications under EU jurisdiction
 * @param legendNonEu    legend text for those outside it
 * @param legendUnknown  legend text for those whose jurisdiction is not known
 * @param legendCritical legend text for critical services
 */
public record DiagramText(String title, String description, String legendEu, String legendNonEu,
        String legendUnknown, String legendCritical) {
    public DiagramText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(legendEu, "legendEu");
        Objects.requireNonNull(legendNonEu, "legendNonEu");
        Objects.requireNonNull(legendUnknown, "legendUnknown");
        Objects.requireNonNull(legendCritical, "legendCritical");
    }

    String legend(Tone tone) {
        return switch (tone) {
            case EU -> legendEu;
            case NON_EU -> legendNonEu;
            case UNKNOWN -> legendUnknown;
        };
    }
}
