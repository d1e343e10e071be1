package nl.overstap.load;

import java.util.ArrayList;
import java.util.List;
import nl.overstap.problem.Problems;

/**
 * Checks synonym files in Solr format: {@code a, b, c} (equivalent) or {@code a, b => c} (one way),
 * {@code #} comments. Returns the rules, trimmed, in file order.
 */
final class SynonymRules {
    static final int MAX_RULE = 500;

    private SynonymRules() {
    }

    static List<String> read(String text, String path, Problems problems) {
        List<String> rules = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String rule = lines[i].strip();
            if (rule.isEmpty() || rule.startsWith("#")) {
                continue;
            }
            int line = i + 1;
            int column = lines[i].indexOf(rule) + 1;
            if (rule.length() > MAX_RULE) {
                problems.add(path, line, column, "synonym", "the rule is longer than " + MAX_RULE + " characters");
                continue;
            }
            String[] sides = rule.split("=>", -1);
            if (sides.length > 2) {
                problems.add(path, line, column, "synonym", "a rule has at most one '=>'");
                continue;
            }
            boolean ok = true;
            for (String side : sides) {
                for (String term : side.split(",", -1)) {
                    if (term.isBlank()) {
                        problems.add(path, line, column, "synonym", "empty word in '" + rule
                                + "'; write words separated by commas, like 'teams, videobellen'");
                        ok = false;
                        break;
                    }
                }
                if (!ok) {
                    break;
                }
            }
            if (ok && sides.length == 1 && !rule.contains(",")) {
                problems.add(path, line, column, "synonym", "'" + rule + "' names one word; a rule needs at least "
                        + "two, separated by commas");
                ok = false;
            }
            if (ok) {
                rules.add(rule);
            }
        }
        return List.copyOf(rules);
    }
}
