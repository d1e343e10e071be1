package nl.overstap.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import nl.overstap.load.YamlNode.Entry;
import nl.overstap.load.YamlNode.Mapping;
import nl.overstap.load.YamlNode.Scalar;
import nl.overstap.load.YamlNode.ScalarType;
import nl.overstap.load.YamlNode.Sequence;
import nl.overstap.model.Country;
import nl.overstap.model.Origin;
import nl.overstap.model.Ref;
import nl.overstap.model.Text;
import nl.overstap.problem.Problems;

/**
 * Reads the fields of one YAML mapping of a known {@link Shape}, reporting every problem with the
 * field's dotted name and position. Getters return empty (or an empty list) after reporting, so a
 * reader can go on and find the next problem in the same file.
 */
final class Fields {
    static final int MAX_LINE = 200;
    static final int MAX_PARAGRAPH = 2_000;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_ITEMS = 200;

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final String path;
    private final Problems problems;
    private final Mapping mapping;
    private final Shape shape;
    private final String prefix;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private Fields(String path, Problems problems, Mapping mapping, Shape shape, String prefix) {
        this.path = path;
        this.problems = problems;
        this.mapping = mapping;
        this.shape = shape;
        this.prefix = prefix;
        mapping.entries().forEach(e -> entries.putIfAbsent(e.key().text(), e));
        checkKeys();
    }

    /** Fields of {@code node}, or empty after reporting that it is not a mapping. */
    static Optional<Fields> of(YamlNode node, Shape shape, String path, Problems problems, String prefix) {
        if (node instanceof Mapping mapping) {
            return Optional.of(new Fields(path, problems, mapping, shape, prefix));
        }
        String what = prefix.isEmpty() ? "the file" : "field '" + prefix + "'";
        problems.add(path, node.at().line(), node.at().column(), "type",
                what + " must be a mapping of fields (" + String.join(", ", shape.required()) + ", ...), found "
                        + node.describe());
        return Optional.empty();
    }

    String path() {
        return path;
    }

    Problems problems() {
        return problems;
    }

    Origin origin() {
        return new Origin(path, mapping.at().line(), mapping.at().column());
    }

    Origin origin(YamlNode node) {
        return new Origin(path, node.at().line(), node.at().column());
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Unknown fields (with a hint) and missing required ones, reported once when the fields are made. */
    private void checkKeys() {
        for (Entry entry : mapping.entries()) {
            String key = entry.key().text();
            if (shape.dutchOnly().contains(key)) {
                problem(entry.key(), "dutch-only", "field '" + name(key) + "' is set in the Dutch file only; "
                        + "remove it here");
            } else if (!shape.allows(key)) {
                String hint = DidYouMean.among(key, shape.fields()).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; allowed: " + String.join(", ", shape.fields()));
                problem(entry.key(), "unknown-field", "unknown field '" + name(key) + "'" + hint);
            }
        }
        for (String key : shape.required()) {
            if (!entries.containsKey(key)) {
                problems.add(path, mapping.at().line(), mapping.at().column(), "missing-field",
                        "missing required field '" + name(key) + "'");
            }
        }
    }

    private String name(String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    void problem(YamlNode at, String code, String message) {
        problems.add(path, at.at().line(), at.at().column(), code, message);
    }

    /** The value of {@code key}, or empty when absent; marks the key as read. */
    Optional<YamlNode> node(String key) {
        if (!shape.allows(key)) {
            throw new IllegalArgumentException("shape " + shape.name() + " has no field " + key);
        }
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.value() instanceof Scalar scalar && scalar.type() == ScalarType.NULL) {
            if (shape.required().contains(key)) {
                problem(scalar, "empty-field", "field '" + name(key) + "' is empty");
            }
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    // ---- scalars ----

    /** One line of text: no line breaks, tabs, bidi controls or zero-width characters (R6). */
    Optional<String> line(String key, int max) {
        return node(key).flatMap(n -> lineValue(n, name(key), max));
    }

    /** A paragraph or more: line breaks and tabs allowed. */
    Optional<String> paragraph(String key, int max) {
        return node(key).flatMap(n -> paragraphValue(n, name(key), max));
    }

    private Optional<String> lineValue(YamlNode node, String field, int max) {
        return scalarText(node, field, max).filter(text -> {
            int bad = firstBad(text, true);
            if (bad >= 0) {
                problem(node, "character", String.format("field '%s' contains U+%04X; it must be one line of "
                        + "plain text, without tabs, line breaks or invisible formatting characters", field, bad));
                return false;
            }
            return true;
        });
    }

    private Optional<String> paragraphValue(YamlNode node, String field, int max) {
        return scalarText(node, field, max).filter(text -> {
            int bad = firstBad(text, false);
            if (bad >= 0) {
                problem(node, "character", String.format("field '%s' contains U+%04X, a control or bidirectional "
                        + "formatting character that can make text display differently from what it says", field, bad));
                return false;
            }
            return true;
        });
    }

    /** The first character not allowed in a one-line ({@code line}) or multi-line text, or -1. */
    private static int firstBad(String text, boolean line) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = line ? notInLine(c) : bidiControl(c) || (control(c) && c != '\t' && c != '\n');
            if (bad) {
                return c;
            }
        }
        return -1;
    }

    private static boolean control(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
    }

    private static boolean notInLine(int c) {
        return control(c) || bidiControl(c) || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060
                || c == 0x00AD;
    }

    private static boolean bidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    private Optional<String> scalarText(YamlNode node, String field, int max) {
        if (!(node instanceof Scalar scalar)) {
            problem(node, "type", "field '" + field + "' must be text, found " + node.describe());
            return Optional.empty();
        }
        String text = scalar.text().strip();
        if (text.isEmpty()) {
            problem(node, "empty-field", "field '" + field + "' is empty");
            return Optional.empty();
        }
        if (text.length() > max) {
            problem(node, "too-long", "field '" + field + "' is " + text.length() + " characters long; at most "
                    + max + " are allowed");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** An entry id that must equal the file's id. */
    Optional<String> id(String key, String fileId, boolean migration) {
        return line(key, 200).filter(id -> {
            Optional<String> wrong = migration ? Ids.checkMigration(id) : Ids.check(id);
            if (wrong.isPresent()) {
                problem(node(key).orElseThrow(), "id", wrong.get());
                return false;
            }
            if (!id.equals(fileId)) {
                problem(node(key).orElseThrow(), "id-file-name", "id '" + id + "' does not match the file name '"
                        + fileId + "'; rename the file or change the id");
                return false;
            }
            return true;
        });
    }

    Optional<Ref> ref(String key) {
        return node(key).flatMap(n -> refValue(n, name(key)));
    }

    private Optional<Ref> refValue(YamlNode node, String field) {
        return lineValue(node, field, 200).filter(id -> {
            Optional<String> wrong = Ids.check(id);
            wrong.ifPresent(w -> problem(node, "reference", "field '" + field + "': " + w));
            return wrong.isEmpty();
        }).map(id -> new Ref(id, origin(node)));
    }

    Optional<LocalDate> date(String key) {
        return node(key).flatMap(node -> scalarText(node, name(key), 40).flatMap(text -> {
            try {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() < 1970 || date.getYear() > 2100) {
                    problem(node, "date", "field '" + name(key) + "': " + text + " is not a plausible date");
                    return Optional.empty();
                }
                return Optional.of(date);
            } catch (DateTimeParseException e) {
                problem(node, "date", "field '" + name(key) + "' must be a date written YYYY-MM-DD, found '"
                        + text + "'");
                return Optional.empty();
            }
        }));
    }

    Optional<URI> url(String key) {
        return node(key).flatMap(n -> urlValue(n, name(key)));
    }

    private Optional<URI> urlValue(YamlNode node, String field) {
        return lineValue(node, field, 2_000).flatMap(text -> {
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme();
                if (scheme == null || !(scheme.equals("https") || scheme.equals("http"))) {
                    problem(node, "url", "field '" + field + "' must be an absolute http or https URL, found '"
                            + text + "'");
                    return Optional.empty();
                }
                if (uri.getHost() == null || uri.getHost().isEmpty() || uri.getRawUserInfo() != null) {
                    problem(node, "url", "field '" + field + "': '" + text + "' has no valid host name");
                    return Optional.empty();
                }
                return Optional.of(uri);
            } catch (URISyntaxException e) {
                problem(node, "url", "field '" + field + "' is not a valid URL: " + e.getReason()
                        + " at character " + (e.getIndex() + 1));
                return Optional.empty();
            }
        });
    }

    Optional<Country> country(String key) {
        return node(key).flatMap(node -> lineValue(node, name(key), 100).filter(code -> {
            if (!ISO_COUNTRIES.contains(code)) {
                String hint = ISO_COUNTRIES.contains(code.toUpperCase(Locale.ROOT))
                        ? " (write it in capitals: '" + code.toUpperCase(Locale.ROOT) + "')"
                        : " (like NL, DE, US)";
                problem(node, "country", "field '" + name(key) + "': '" + code
                        + "' is not an ISO 3166-1 alpha-2 country code" + hint);
                return false;
            }
            return true;
        }).map(Country::new));
    }

    /** One of an enum's values, written in lower case with hyphens ({@code in-use}). */
    <E extends Enum<E>> Optional<E> choice(String key, Class<E> type) {
        return node(key).flatMap(node -> lineValue(node, name(key), 100).flatMap(text -> {
            for (E value : type.getEnumConstants()) {
                if (spelling(value).equals(text)) {
                    return Optional.of(value);
                }
            }
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Fields::spelling).toList();
            problem(node, "choice", "field '" + name(key) + "' must be one of " + String.join(", ", allowed)
                    + "; found '" + text + "'");
            return Optional.empty();
        }));
    }

    static String spelling(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A whole number written without quotes, within bounds. */
    OptionalInt integer(String key, int min, int max) {
        Optional<YamlNode> found = node(key);
        if (found.isEmpty()) {
            return OptionalInt.empty();
        }
        YamlNode node = found.get();
        if (node instanceof Scalar scalar && scalar.type() == ScalarType.INTEGER) {
            try {
                int value = Integer.parseInt(scalar.text());
                if (value >= min && value <= max) {
                    return OptionalInt.of(value);
                }
            } catch (NumberFormatException e) {
                // falls through to the problem below: out of int range or written in another base
            }
        }
        problem(node, "number", "field '" + name(key) + "' must be a whole number from " + min + " to " + max
                + ", found " + (node instanceof Scalar s ? "'" + s.text() + "'" : node.describe()));
        return OptionalInt.empty();
    }

    /** {@code true} or {@code false}, written so and without quotes (not YAML 1.1's {@code yes} or {@code on}). */
    Optional<Boolean> bool(String key) {
        return node(key).flatMap(node -> {
            if (node instanceof Scalar scalar && scalar.type() == ScalarType.BOOLEAN
                    && (scalar.text().equals("true") || scalar.text().equals("false"))) {
                return Optional.of(scalar.text().equals("true"));
            }
            problem(node, "type", "field '" + name(key) + "' must be true or false, found "
                    + (node instanceof Scalar s ? "'" + s.text() + "'" : node.describe()));
            return Optional.empty();
        });
    }

    Optional<Licence> spdx(String key) {
        return node(key).flatMap(node -> lineValue(node, name(key), 200).filter(expression -> {
            Optional<String> wrong = SpdxLicences.get().check(expression);
            wrong.ifPresent(w -> problem(node, "licence", "field '" + name(key) + "': " + w));
            return wrong.isEmpty();
        }).map(Licence::new));
    }

    /** An SPDX expression that passed {@link SpdxLicences#check}. */
    record Licence(String expression) {
    }

    // ---- texts in two languages ----

    Optional<Text> text(String key, int max, boolean multiline) {
        return node(key).flatMap(node -> Fields.of(node, Shapes.TEXT, path, problems, name(key)).flatMap(text -> {
            Optional<String> nl = multiline ? text.paragraph("nl", max) : text.line("nl", max);
            Optional<String> en = multiline ? text.paragraph("en", max) : text.line("en", max);
            return nl.map(dutch -> new Text(dutch, en));
        }));
    }

    // ---- lists ----

    /** A list of one-line texts; repeated items are reported (R8). */
    List<String> lines(String key, int maxLength) {
        return list(key, (item, field) -> lineValue(item, field, maxLength), Function.identity());
    }

    List<Ref> refs(String key) {
        return list(key, this::refValue, Ref::id);
    }

    List<URI> urls(String key) {
        return list(key, this::urlValue, URI::toString);
    }

    /** A list of mappings of one shape, each read by {@code reader}. */
    <T> List<T> objects(String key, Shape itemShape, Function<Fields, Optional<T>> reader) {
        return list(key, (item, field) -> Fields.of(item, itemShape, path, problems, field).flatMap(reader),
                null);
    }

    <T> Optional<T> object(String key, Shape objectShape, Function<Fields, Optional<T>> reader) {
        return node(key).flatMap(n -> Fields.of(n, objectShape, path, problems, name(key)).flatMap(reader));
    }

    private interface ItemReader<T> {
        Optional<T> read(YamlNode item, String field);
    }

    private <T> List<T> list(String key, ItemReader<T> reader, Function<T, String> identity) {
        Optional<YamlNode> found = node(key);
        if (found.isEmpty()) {
            return List.of();
        }
        if (!(found.get() instanceof Sequence sequence)) {
            problem(found.get(), "type", "field '" + name(key) + "' must be a list, found " + found.get().describe()
                    + (found.get() instanceof Scalar ? "; write [" + ((Scalar) found.get()).text() + "]" : ""));
            return List.of();
        }
        if (sequence.items().size() > MAX_ITEMS) {
            problem(sequence, "too-long", "field '" + name(key) + "' has " + sequence.items().size()
                    + " items; at most " + MAX_ITEMS + " are allowed");
            return List.of();
        }
        List<T> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode item = sequence.items().get(i);
            Optional<T> value = reader.read(item, name(key) + "[" + (i + 1) + "]");
            if (value.isPresent() && identity != null && !seen.add(identity.apply(value.get()))) {
                problem(item, "repeated", "field '" + name(key) + "' lists '" + identity.apply(value.get())
                        + "' more than once");
                continue;
            }
            value.ifPresent(values::add);
        }
        return List.copyOf(values);
    }
}
