package nl.overstap.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import nl.overstap.model.Inventory;
import nl.overstap.model.Inventory.Application;
import nl.overstap.model.Inventory.DataKind;
import nl.overstap.model.Inventory.Dependency;
import nl.overstap.model.Inventory.HostingKind;
import nl.overstap.model.Inventory.Level;
import nl.overstap.model.Inventory.Vendor;
import nl.overstap.model.Origin;
import nl.overstap.problem.Problems;

/**
 * Reads an organisation's inventory: a YAML file read with the catalogue's hardened reader and
 * rules, or a CSV export of a spreadsheet ({@link InventoryCsv}) turned into the same tree first,
 * so both are checked by one set of rules and report {@code path:line:column}.
 */
public final class InventoryFile {
    /** A YAML inventory is bounded by the YAML reader's own limit; larger landscapes come as CSV. */
    static final int MAX_YAML_BYTES = YamlReader.MAX_CODE_POINTS;
    static final int MAX_CSV_BYTES = 16 * 1024 * 1024;
    static final int MAX_APPLICATIONS = 20_000;
    static final int MAX_USERS = 10_000_000;
    private static final Pattern APPLICATION_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private InventoryFile() {
    }

    /**
     * What a CSV file cannot say, since it holds only the applications.
     *
     * @param organisation the name on the report; the file name when empty
     * @param date         the day the inventory describes
     */
    public record CsvDefaults(Optional<String> organisation, LocalDate date) {
    }

    /**
     * Reads {@code file} (CSV when its name ends in {@code .csv}), naming it {@code shown} in problems.
     *
     * @return the inventory, or empty when the file had any problem (all of them are in {@code problems})
     */
    public static Optional<Inventory> read(Path file, String shown, CsvDefaults csv, Problems problems) {
        Problems found = new Problems();
        boolean isCsv = file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        Optional<Inventory> inventory = bytes(file, shown, isCsv ? MAX_CSV_BYTES : MAX_YAML_BYTES, found)
                .flatMap(bytes -> SourceText.decode(bytes, shown, found))
                .flatMap(text -> isCsv ? InventoryCsv.tree(text, shown, organisation(csv, file), csv.date(), found)
                        : YamlReader.read(text, shown, 0, found))
                .flatMap(root -> Fields.of(root, Shapes.INVENTORY, shown, found, ""))
                .flatMap(InventoryFile::inventory);
        problems.addAll(found);
        return found.isEmpty() ? inventory : Optional.empty();
    }

    private static String organisation(CsvDefaults csv, Path file) {
        return csv.organisation().orElseGet(() -> file.getFileName().toString().replaceFirst("(?i)\\.csv$", ""));
    }

    private static Optional<byte[]> bytes(Path file, String shown, int max, Problems problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(shown, 0, 0, "io", "there is no inventory file here");
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                problems.add(shown, 0, 0, "file-size", "the file is larger than " + max / 1024 + " KiB"
                        + (max == MAX_YAML_BYTES ? "; write a large inventory as CSV" : ""));
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            problems.add(shown, 0, 0, "io", "cannot be read: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static Optional<Inventory> inventory(Fields f) {
        var organisation = f.line("organisation", Fields.MAX_LINE);
        var date = f.date("date");
        List<Application> applications = applications(f);
        return YamlEntries.all(organisation, date).filter(ok -> f.problems().isEmpty())
                .map(ok -> new Inventory(organisation.get(), date.get(), applications, f.origin()));
    }

    private static List<Application> applications(Fields f) {
        Optional<YamlNode> found = f.node("applications");
        if (found.isEmpty()) {
            return List.of();
        }
        if (!(found.get() instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            f.problem(found.get(), "type", "field 'applications' must be a list of at least one application, found "
                    + found.get().describe());
            return List.of();
        }
        if (list.items().size() > MAX_APPLICATIONS) {
            f.problem(list, "too-long", "the inventory lists " + list.items().size() + " applications; at most "
                    + MAX_APPLICATIONS + " are allowed");
            return List.of();
        }
        List<Application> applications = new ArrayList<>();
        Map<String, Origin> ids = new HashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            String field = "applications[" + (i + 1) + "]";
            Fields.of(list.items().get(i), Shapes.APPLICATION, f.path(), f.problems(), field)
                    .flatMap(InventoryFile::application)
                    .ifPresent(application -> {
                        Origin first = ids.putIfAbsent(application.id(), application.origin());
                        if (first != null) {
                            f.problems().add(application.origin().path(), application.origin().line(),
                                    application.origin().column(), "repeated", "application id '" + application.id()
                                            + "' is used before, at line " + first.line() + "; ids must be unique");
                        } else {
                            applications.add(application);
                        }
                    });
        }
        if (f.problems().isEmpty()) {
            checkDependencies(applications, ids, f.problems());
        }
        return applications;
    }

    private static Optional<Application> application(Fields f) {
        var id = f.line("id", Ids.MAX_LENGTH + 1).filter(value -> {
            if (!APPLICATION_ID.matcher(value).matches() || value.length() > Ids.MAX_LENGTH) {
                f.problem(f.node("id").orElseThrow(), "id", "'" + value + "' is not a valid application id: use "
                        + "lower-case letters a-z and digits, separated by single hyphens, at most " + Ids.MAX_LENGTH
                        + " characters (like 'ms-teams')");
                return false;
            }
            return true;
        });
        var name = f.line("name", Fields.MAX_LINE);
        var entry = f.ref("product");
        var vendor = f.object("vendor", Shapes.VENDOR, v -> v.line("name", Fields.MAX_LINE)
                .map(vendorName -> new Vendor(vendorName, v.country("country"))));
        var owner = f.line("owner", Fields.MAX_LINE);
        OptionalInt users = f.integer("users", 0, MAX_USERS);
        var availability = f.choice("availability", Level.class);
        var integrity = f.choice("integrity", Level.class);
        var confidentiality = f.choice("confidentiality", Level.class);
        List<DataKind> data = dataKinds(f);
        var contractEnd = f.date("contractEnd");
        var hosting = f.choice("hosting", HostingKind.class);
        List<Dependency> dependsOn = dependencies(f);
        var notes = f.paragraph("notes", Fields.MAX_PARAGRAPH);
        return YamlEntries.all(id, name, owner, availability, integrity, confidentiality, hosting)
                .filter(ok -> users.isPresent() && !data.isEmpty() && f.problems().isEmpty())
                .map(ok -> new Application(id.get(), name.get(), entry, vendor, owner.get(), users.getAsInt(),
                        availability.get(), integrity.get(), confidentiality.get(), data, contractEnd, hosting.get(),
                        dependsOn, notes, f.origin()));
    }

    private static List<DataKind> dataKinds(Fields f) {
        List<String> written = f.lines("data", 40);
        List<DataKind> kinds = new ArrayList<>();
        for (String text : written) {
            Optional<DataKind> kind = java.util.Arrays.stream(DataKind.values())
                    .filter(k -> Fields.spelling(k).equals(text)).findFirst();
            if (kind.isEmpty()) {
                f.problem(f.node("data").orElseThrow(), "choice", "field 'data' may list public, internal, personal "
                        + "and special; found '" + text + "'");
                return List.of();
            }
            kinds.add(kind.get());
        }
        if (written.isEmpty() && f.has("data") && f.problems().isEmpty()) {
            f.problem(f.node("data").orElseThrow(), "empty-field", "field 'data' needs at least one kind of data: "
                    + "public, internal, personal or special");
        }
        return kinds;
    }

    private static List<Dependency> dependencies(Fields f) {
        Optional<YamlNode> found = f.node("dependsOn");
        if (found.isEmpty()) {
            return List.of();
        }
        if (!(found.get() instanceof YamlNode.Sequence list)) {
            f.problem(found.get(), "type", "field 'dependsOn' must be a list of application ids, found "
                    + found.get().describe());
            return List.of();
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Scalar scalar) || !APPLICATION_ID.matcher(scalar.text()).matches()) {
                f.problem(item, "reference", "field 'dependsOn' must list application ids (like 'entra-id'), found "
                        + (item instanceof YamlNode.Scalar s ? "'" + s.text() + "'" : item.describe()));
                continue;
            }
            if (dependencies.stream().anyMatch(d -> d.id().equals(scalar.text()))) {
                f.problem(item, "repeated", "field 'dependsOn' lists '" + scalar.text() + "' more than once");
                continue;
            }
            dependencies.add(new Dependency(scalar.text(), f.origin(item)));
        }
        return dependencies;
    }

    /** Every dependency names an application of this inventory, and not itself. */
    private static void checkDependencies(List<Application> applications, Map<String, Origin> ids, Problems problems) {
        for (Application application : applications) {
            for (Dependency dependency : application.dependsOn()) {
                Origin at = dependency.at();
                if (dependency.id().equals(application.id())) {
                    problems.add(at.path(), at.line(), at.column(), "reference", "application '" + application.id()
                            + "' cannot depend on itself");
                } else if (!ids.containsKey(dependency.id())) {
                    String hint = DidYouMean.among(dependency.id(), ids.keySet()).map(s -> "; did you mean '" + s + "'?")
                            .orElse("");
                    problems.add(at.path(), at.line(), at.column(), "reference", "application '" + application.id()
                            + "' depends on '" + dependency.id() + "', which is not in this inventory" + hint);
                }
            }
        }
    }
}
