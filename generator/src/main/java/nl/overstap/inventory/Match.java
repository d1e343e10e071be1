package nl.overstap.inventory;

import java.util.List;
import java.util.Optional;
import nl.overstap.model.Entry;
import nl.overstap.model.Inventory.Application;

/**
 * What an application was matched to in the catalogue, and how sure that is.
 *
 * @param entry       the product or alternative it is taken to be; empty when unmatched
 * @param confidence  how the match was made
 * @param matchedWords the words of the application's name found in the entry's name and aliases
 * @param suggestions for an unmatched application, catalogue entries it might be; for a match, others it might be
 */
public record Match(Application application, Optional<Entry> entry, Confidence confidence, List<String> matchedWords,
        List<Entry> suggestions) {

    public Match {
        matchedWords = List.copyOf(matchedWords);
        suggestions = List.copyOf(suggestions);
    }

    public enum Confidence {
        /** The inventory names the catalogue id. */
        GIVEN,
        /** The name is the entry's name or one of its aliases, or every word is and no other entry comes close. */
        HIGH,
        /** At least half of the words are in the entry's name or aliases, or another entry fits as well. */
        MEDIUM,
        /** Too little in common: not used, shown with suggestions. */
        NONE
    }

    public boolean matched() {
        return entry.isPresent();
    }
}
