package nl.overstap.site;

import nl.overstap.model.Language;

/** The folders of the site per language: Dutch slugs for Dutch pages, English for English. */
public enum Section {
    CATEGORIES("categorieen", "categories"),
    PRODUCTS("producten", "products"),
    ALTERNATIVES("alternatieven", "alternatives"),
    STANDARDS("standaarden", "standards"),
    MIGRATIONS("overstappen", "migrations"),
    TRAINING("training", "training"),
    TOPICS("onderwerpen", "topics"),
    CONTINUITY("noodplan", "continuity"),
    PROCUREMENT("inkoop", "procurement"),
    ABOUT("over", "about"),
    METHODOLOGY("werkwijze", "methodology"),
    ACCESSIBILITY("toegankelijkheid", "accessibility"),
    SEARCH("zoeken", "search");

    private final String nl;
    private final String en;

    Section(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    public String slug(Language language) {
        return language == Language.NL ? nl : en;
    }
}
