package nl.overstap.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.overstap.load.YamlNode.Entry;
import nl.overstap.load.YamlNode.Mapping;
import nl.overstap.load.YamlNode.Position;
import nl.overstap.load.YamlNode.Scalar;
import nl.overstap.load.YamlNode.ScalarType;
import nl.overstap.load.YamlNode.Sequence;
import nl.overstap.problem.Problems;

/**
 * Turns a spreadsheet export (RFC 4180 CSV, comma or semicolon separated, English or Dutch
 * headers and values) into the tree an inventory YAML file gives, so {@link InventoryFile} checks
 * both with the same rules. Positions are the line a row starts on and the column's number, as a
 * spreadsheet shows them. Columns it does not know are left alone: exports carry many.
 */
final class InventoryCsv {
    /** Column headers, lower case, to the inventory field they fill; the Dutch names are what a Dutch sheet says. */
    private static final Map<String, String> HEADERS = headers();
    /** Values a Dutch sheet uses, to the inventory's spelling. */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("laag", "low"), Map.entry("midden", "medium"), Map.entry("middel", "medium"),
            Map.entry("hoog", "high"), Map.entry("openbaar", "public"), Map.entry("intern", "internal"),
            Map.entry("persoonsgegevens", "personal"), Map.entry("bijzonder", "special"),
            Map.entry("bijzondere persoonsgegevens", "special"), Map.entry("eigen beheer", "on-premises"),
            Map.entry("on-premise", "on-premises"), Map.entry("gedeelde dienst", "shared-service"));
    private static final List<String> CHOICES = List.of("availability", "integrity", "confidentiality", "hosting");
    private static final List<String> LISTS = List.of("data", "dependsOn");

    private InventoryCsv() {
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        String[][] names = {
            {"id", "id"}, {"name", "name", "naam", "applicatie", "application"}, {"product", "product"},
            {"vendor", "vendor", "leverancier"}, {"vendorCountry", "vendorcountry", "land", "country"},
            {"owner", "owner", "eigenaar"}, {"users", "users", "gebruikers"},
            {"availability", "availability", "beschikbaarheid"}, {"integrity", "integrity", "integriteit"},
            {"confidentiality", "confidentiality", "vertrouwelijkheid"}, {"data", "data", "gegevens"},
            {"contractEnd", "contractend", "contracteinde"}, {"hosting", "hosting"},
            {"dependsOn", "dependson", "afhankelijkvan"}, {"notes", "notes", "opmerkingen"},
        };
        for (String[] row : names) {
            for (int i = 1; i < row.length; i++) {
                headers.put(row[i], row[0]);
            }
        }
        return Map.copyOf(headers);
    }

    /** The inventory tree, or empty after reporting what is wrong with the header or the quoting. */
    static Optional<YamlNode> tree(String text, String path, String organisation, LocalDate date,
            Problems problems) {
        List<Row> rows = parse(text, path, problems);
        if (rows.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(path, 1, 1, "csv-empty", "the file is empty; expected a header row and one row per "
                        + "application");
            }
            return Optional.empty();
        }
        Row header = rows.get(0);
        Map<Integer, String> columns = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
            String field = HEADERS.get(name);
            if (field == null) {
                unknown.add(header.cells().get(i).strip());
            } else if (columns.containsValue(field)) {
                problems.add(path, header.line(), i + 1, "csv-header", "column '" + header.cells().get(i).strip()
                        + "' fills field '" + field + "', which an earlier column fills already");
            } else {
                columns.put(i, field);
            }
        }
        for (String required : Shapes.APPLICATION.required()) {
            if (!columns.containsValue(required)) {
                String hint = unknown.stream().map(u -> DidYouMean.among(u.toLowerCase(Locale.ROOT), HEADERS.keySet()))
                        .flatMap(Optional::stream).filter(h -> HEADERS.get(h).equals(required)).findFirst()
                        .map(h -> "; did you mean '" + h + "'?").orElse("");
                problems.add(path, header.line(), 0, "csv-header", "the header has no column for '" + required
                        + "'" + dutchName(required) + hint);
            }
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        List<YamlNode> applications = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (row.cells().size() > header.cells().size()) {
                problems.add(path, row.line(), header.cells().size() + 1, "csv-columns", "this row has "
                        + row.cells().size() + " cells but the header only " + header.cells().size());
                continue;
            }
            applications.add(application(row, columns));
        }
        Position top = new Position(1, 1);
        return Optional.of(new Mapping(List.of(
                entry("organisation", new Scalar(organisation, ScalarType.STRING, top)),
                entry("date", new Scalar(date.toString(), ScalarType.STRING, top)),
                entry("applications", new Sequence(applications, top))), top));
    }

    private static String dutchName(String field) {
        return HEADERS.entrySet().stream().filter(e -> e.getValue().equals(field) && !e.getKey().equals(
                field.toLowerCase(Locale.ROOT))).map(e -> " (in Dutch '" + e.getKey() + "')").sorted().findFirst()
                .orElse("");
    }

    private static YamlNode application(Row row, Map<Integer, String> columns) {
        List<Entry> entries = new ArrayList<>();
        Optional<Scalar> vendor = Optional.empty();
        Optional<Scalar> vendorCountry = Optional.empty();
        for (var column : columns.entrySet()) {
            int index = column.getKey();
            String field = column.getValue();
            String cell = index < row.cells().size() ? row.cells().get(index).strip() : "";
            if (cell.isEmpty()) {
                continue;
            }
            Position at = new Position(row.line(), index + 1);
            if (CHOICES.contains(field)) {
                cell = value(cell);
            }
            switch (field) {
                case "vendor" -> vendor = Optional.of(new Scalar(cell, ScalarType.STRING, at));
                case "vendorCountry" -> vendorCountry = Optional.of(new Scalar(cell.toUpperCase(Locale.ROOT),
                        ScalarType.STRING, at));
                case "users" -> entries.add(entry(field, new Scalar(cell, cell.matches("[0-9]{1,9}")
                        ? ScalarType.INTEGER : ScalarType.STRING, at)));
                default -> entries.add(entry(field, LISTS.contains(field) ? list(field, cell, at)
                        : new Scalar(cell, ScalarType.STRING, at)));
            }
        }
        List<Entry> party = new ArrayList<>();
        vendor.ifPresent(name -> party.add(entry("name", name)));
        vendorCountry.ifPresent(country -> party.add(entry("country", country)));
        if (!party.isEmpty()) {
            entries.add(entry("vendor", new Mapping(party, party.get(0).value().at())));
        }
        return new Mapping(entries, new Position(row.line(), 1));
    }

    private static YamlNode list(String field, String cell, Position at) {
        List<YamlNode> items = new ArrayList<>();
        for (String item : cell.split("[;,|]")) {
            if (!item.isBlank()) {
                String value = field.equals("data") ? value(item.strip()) : item.strip();
                items.add(new Scalar(value, ScalarType.STRING, at));
            }
        }
        return new Sequence(items, at);
    }

    private static String value(String cell) {
        String lower = cell.toLowerCase(Locale.ROOT);
        return VALUES.getOrDefault(lower, lower);
    }

    private static Entry entry(String key, YamlNode value) {
        return new Entry(new Scalar(key, ScalarType.STRING, value.at()), value);
    }

    /** One record: its cells and the line it starts on. */
    record Row(List<String> cells, int line) {
    }

    /**
     * Splits RFC 4180 records. The separator is the header line's: a Dutch spreadsheet writes
     * semicolons because the comma is its decimal sign.
     */
    static List<Row> parse(String text, String path, Problems problems) {
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !afterQuote) {
                quoted = true;
                quoteLine = line;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\n') {
                cells.add(cell.toString());
                rows.add(new Row(List.copyOf(cells), rowLine));
                cells.clear();
                cell.setLength(0);
                afterQuote = false;
                line++;
                rowLine = line;
            } else if (afterQuote) {
                problems.add(path, line, cells.size() + 1, "csv-quote", "text after a closing quote; write a quote "
                        + "inside a quoted cell as two quotes (\"\")");
                return List.of();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            problems.add(path, quoteLine, 0, "csv-quote", "a quoted cell that starts on this line is never closed");
            return List.of();
        }
        if (!cell.isEmpty() || !cells.isEmpty() || afterQuote) {
            cells.add(cell.toString());
            rows.add(new Row(List.copyOf(cells), rowLine));
        }
        return rows;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
