package nl.overstap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.overstap.Fixtures;
import nl.overstap.Generator;
import nl.overstap.inventory.Weights;
import nl.overstap.model.Inventory;
import nl.overstap.problem.Problem;
import nl.overstap.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inventories as municipalities write them, right and wrong: each broken case names every problem
 * it must cause as {@code file:line:column: message}; a CSV's column is the spreadsheet column.
 */
class BrokenInventoryTest {
    static final String VALID = """
            organisation: Gemeente Proef (fictief)
            date: 2026-12-01
            applications:
              - id: teams
                name: MS Teams
                owner: Communicatie
                users: 300
                availability: high
                integrity: medium
                confidentiality: medium
                data: [internal, personal]
                contractEnd: 2027-06-30
                hosting: saas
                dependsOn: [entra]
              - id: entra
                name: Azure AD
                vendor: {name: Microsoft Corporation, country: US}
                owner: I&A
                users: 320
                availability: high
                integrity: high
                confidentiality: high
                data: [personal]
                hosting: saas
            """;

    static final String CSV = """
            id;naam;leverancier;land;eigenaar;gebruikers;beschikbaarheid;integriteit;vertrouwelijkheid;gegevens;contracteinde;hosting;afhankelijkVan
            teams;MS Teams;;;Communicatie;300;Hoog;midden;midden;intern, persoonsgegevens;2027-06-30;SaaS;entra
            entra;Azure AD;Microsoft Corporation;us;I&A;320;hoog;hoog;hoog;persoonsgegevens;;saas;
            """;

    @TempDir
    Path dir;

    private Problems read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        Problems problems = new Problems();
        InventoryFile.read(file, name, new InventoryFile.CsvDefaults(Optional.of("Proef"), LocalDate.of(2026, 12, 1)),
                problems);
        return problems;
    }

    private Inventory valid(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        Problems problems = new Problems();
        Optional<Inventory> inventory = InventoryFile.read(file, name,
                new InventoryFile.CsvDefaults(Optional.of("Gemeente Proef (fictief)"), LocalDate.of(2026, 12, 1)),
                problems);
        assertEquals(List.of(), problems.sorted());
        return inventory.orElseThrow();
    }

    @Test
    void yamlAndTheSameSpreadsheetGiveTheSameInventory() throws IOException {
        Inventory yaml = valid("inventaris.yaml", VALID);
        Inventory csv = valid("inventaris.csv", CSV.replace("\n", "\r\n"));
        assertEquals(strip(yaml), strip(csv));
        assertEquals(List.of(Inventory.DataKind.INTERNAL, Inventory.DataKind.PERSONAL),
                csv.applications().get(0).data());
        assertEquals("US", csv.applications().get(1).vendor().orElseThrow().country().orElseThrow().code());
        assertEquals(3, csv.applications().get(1).origin().line(), "a row's line, as the spreadsheet shows it");
    }

    @Test
    void theShippedSampleReadsTheSameAsYamlAndAsCsv() {
        Path folder = Path.of("../examples/gemeente-voorbeeldrijk");
        Problems problems = new Problems();
        InventoryFile.CsvDefaults defaults = new InventoryFile.CsvDefaults(Optional.of("Gemeente Voorbeeldrijk (fictief)"),
                LocalDate.of(2026, 12, 1));
        Inventory yaml = InventoryFile.read(folder.resolve("inventaris.yaml"), "inventaris.yaml", defaults, problems)
                .orElseThrow();
        Inventory csv = InventoryFile.read(folder.resolve("inventaris.csv"), "inventaris.csv", defaults, problems)
                .orElseThrow();
        assertEquals(List.of(), problems.sorted());
        assertEquals(41, yaml.applications().size());
        assertEquals(strip(yaml), strip(csv));
    }

    /** The inventory without where each part was written, which differs between the two formats. */
    private static String strip(Inventory inventory) {
        return inventory.applications().stream().map(a -> List.of(a.id(), a.name(), a.entry().map(r -> r.id()),
                a.vendor(), a.owner(), a.users(), a.availability(), a.integrity(), a.confidentiality(), a.data(),
                a.contractEnd(), a.hosting(), a.dependsOn().stream().map(d -> d.id()).toList(), a.notes()).toString())
                .toList() + inventory.organisation() + inventory.date();
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("inventaris.yaml", VALID.replace("    users: 300\n", ""),
                        List.of("inventaris.yaml:4:5: error: missing required field 'applications[1].users'")),
                Arguments.of("inventaris.yaml", VALID.replace("availability: high\n    integrity: medium",
                        "availability: hoog\n    integrity: medium"),
                        List.of("inventaris.yaml:8:19: error: field 'applications[1].availability' must be one of low, "
                                + "medium, high; found 'hoog'")),
                Arguments.of("inventaris.yaml", VALID.replace("dependsOn: [entra]", "dependsOn: [entr]"),
                        List.of("inventaris.yaml:14:17: error: application 'teams' depends on 'entr', which is not in "
                                + "this inventory; did you mean 'entra'?")),
                Arguments.of("inventaris.yaml", VALID.replace("dependsOn: [entra]", "dependsOn: [teams]"),
                        List.of("inventaris.yaml:14:17: error: application 'teams' cannot depend on itself")),
                Arguments.of("inventaris.yaml", VALID.replace("id: entra", "id: teams").replace("[entra]", "[]"),
                        List.of("inventaris.yaml:15:5: error: application id 'teams' is used before, at line 4; ids "
                                + "must be unique")),
                Arguments.of("inventaris.yaml", VALID.replace("users: 300", "users: veel"),
                        List.of("inventaris.yaml:7:12: error: field 'applications[1].users' must be a whole number "
                                + "from 0 to 10000000, found 'veel'")),
                Arguments.of("inventaris.yaml", VALID.replace("data: [personal]", "data: [geheim]"),
                        List.of("inventaris.yaml:23:11: error: field 'data' may list public, internal, personal and "
                                + "special; found 'geheim'")),
                Arguments.of("inventaris.yaml", VALID.replace("id: teams", "id: MS Teams"),
                        List.of("inventaris.yaml:4:9: error: 'MS Teams' is not a valid application id: use lower-case "
                                + "letters a-z and digits, separated by single hyphens, at most 64 characters (like "
                                + "'ms-teams')")),
                Arguments.of("inventaris.yaml", VALID.replace("    hosting: saas\n    dependsOn", "    hostng: saas\n"
                        + "    dependsOn"),
                        List.of("inventaris.yaml:4:5: error: missing required field 'applications[1].hosting'",
                                "inventaris.yaml:13:5: error: unknown field 'applications[1].hostng'; did you mean "
                                + "'hosting'?")),
                Arguments.of("inventaris.yaml", "organisation: X\ndate: 2026-12-01\napplications: []\n",
                        List.of("inventaris.yaml:3:15: error: field 'applications' must be a list of at least one "
                                + "application, found a list")),
                Arguments.of("inventaris.csv", CSV.replace(";300;", ";3,5;"),
                        List.of("inventaris.csv:2:6: error: field 'applications[1].users' must be a whole number from "
                                + "0 to 10000000, found '3,5'")),
                Arguments.of("inventaris.csv", CSV.replace(";hoog;hoog;hoog;", ";hoog;hoog;zeer hoog;"),
                        List.of("inventaris.csv:3:9: error: field 'applications[2].confidentiality' must be one of "
                                + "low, medium, high; found 'zeer hoog'")),
                Arguments.of("inventaris.csv", CSV.replace("gebruikers", "gebruikerss"),
                        List.of("inventaris.csv:1:0: error: the header has no column for 'users' (in Dutch "
                                + "'gebruikers'); did you mean 'gebruikers'?")),
                Arguments.of("inventaris.csv", CSV.replace(";MS Teams;", ";\"MS Teams;"),
                        List.of("inventaris.csv:2:0: error: a quoted cell that starts on this line is never closed")),
                Arguments.of("inventaris.csv", CSV.replace(";SaaS;entra", ";SaaS;entra;extra"),
                        List.of("inventaris.csv:2:14: error: this row has 14 cells but the header only 13")),
                Arguments.of("inventaris.csv", CSV.replace(";us;", ";Verenigde Staten;"),
                        List.of("inventaris.csv:3:4: error: field 'applications[2].vendor.country': 'VERENIGDE STATEN' "
                                + "is not an ISO 3166-1 alpha-2 country code (like NL, DE, US)")),
                Arguments.of("inventaris.csv", "", List.of("inventaris.csv:1:1: error: the file is empty; expected a "
                        + "header row and one row per application")));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void brokenInventoriesNameEveryProblemWithItsPlace(String name, String text, List<String> expected)
            throws IOException {
        assertEquals(expected, read(name, text).sorted().stream().map(Problem::format).toList());
    }

    @Test
    void aCatalogueIdThatDoesNotExistIsNamedWithASuggestion() throws IOException {
        Fixtures.write(dir.resolve("catalogue"), Fixtures.VALID);
        Path file = Files.writeString(dir.resolve("inventaris.yaml"), VALID.replace("    name: MS Teams\n",
                "    name: MS Teams\n    product: microsoft-teems\n"));
        Generator.Analysed analysed = Generator.analyse(new Generator.LoadRequest(List.of(dir.resolve("catalogue"))),
                file, new InventoryFile.CsvDefaults(Optional.empty(), LocalDate.of(2026, 12, 1)), Weights.DEFAULT);
        assertTrue(analysed.analysis().isEmpty());
        assertEquals(1, analysed.problems().size());
        String problem = analysed.problems().sorted().get(0).format();
        assertTrue(problem.matches(".*inventaris.yaml:6:14: error: product 'microsoft-teems' is not a product or "
                + "alternative in the catalogue; did you mean 'microsoft-teams'\\?"), problem);
    }
}
