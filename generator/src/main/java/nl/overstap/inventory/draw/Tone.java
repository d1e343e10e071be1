package nl.overstap.inventory.draw;

/** The jurisdiction of whoever controls an application, as the map shows it. */
public enum Tone {
    /** Controlled from inside the European Union. */
    EU,
    /** Controlled from outside the European Union. */
    NON_EU,
    /** Not known. */
    UNKNOWN
}
