package nl.overstap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.overstap.Fixtures;
import nl.overstap.Generator;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.Generator.UsageException;
import nl.overstap.Generator.Validation;
import nl.overstap.model.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Later catalogue folders add entries and replace earlier ones by id, whole. */
class LayeringTest {
    @TempDir
    Path dir;

    @Test
    void laterLayerAddsAndOverridesWholeEntries() {
        Path base = dir.resolve("base");
        Path local = dir.resolve("local");
        Fixtures.write(base, Fixtures.VALID);
        Fixtures.write(local, """
                -- products/microsoft-teams.yaml --
                id: microsoft-teams
                name: Microsoft Teams (gemeente)
                categories: [chat]
                vendor: {name: Microsoft Corporation, country: US, kind: company}
                summary: {nl: Onze eigen tekst.}
                reviewed: 2026-11-20
                -- products/zaaksysteem-x.yaml --
                id: zaaksysteem-x
                name: Zaaksysteem X
                categories: [chat]
                vendor: {name: Leverancier BV, country: NL, kind: company}
                summary: {nl: Ons zaaksysteem.}
                reviewed: 2026-11-20
                -- alternatives/open-zaak.yaml --
                id: open-zaak
                name: Open Zaak
                categories: [chat]
                steward: {name: Dimpact, country: NL, kind: cooperative}
                licence: {spdx: EUPL-1.2, model: open-source}
                hosting: [{kind: self-hosted}]
                replaces: [{product: zaaksysteem-x, fit: full}]
                summary: {nl: Zaakregistratie volgens Common Ground.}
                reviewed: 2026-11-20
                -- synonyms/nl.txt --
                zaaksysteem, zaak
                """);

        Validation validation = Generator.load(new LoadRequest(List.of(base, local)));

        assertEquals(List.of(), validation.problems().sorted());
        Product teams = validation.catalogue().findProduct("microsoft-teams").orElseThrow();
        assertEquals("Microsoft Teams (gemeente)", teams.name());
        assertEquals(List.of(), teams.aliases(), "an override replaces the whole entry, aliases included");
        assertTrue(teams.origin().path().contains("local/"));
        assertTrue(validation.catalogue().findProduct("zaaksysteem-x").isPresent());
        assertTrue(validation.catalogue().findAlternative("element").isPresent(), "base entries stay");
        assertEquals(List.of("teams, videobellen, chat", "zaaksysteem, zaak"), validation.catalogue().synonyms().nl());
    }

    @Test
    void overrideOfAnotherKindIsAProblem() {
        Path base = dir.resolve("base");
        Path local = dir.resolve("local");
        Fixtures.write(base, Fixtures.VALID);
        Fixtures.write(local, """
                -- categories/element.yaml --
                id: element
                name: {nl: Element}
                summary: {nl: Geen alternatief.}
                reviewed: 2026-11-20
                """);

        Validation validation = Generator.load(new LoadRequest(List.of(base, local)));

        assertEquals(1, validation.problems().size());
        String message = validation.problems().sorted().get(0).format();
        assertTrue(message.contains("local/categories/element.yaml:1:1: error: id 'element' is used for a category here "
                + "but for an alternative in"), message);
    }

    @Test
    void referencesResolveAcrossLayers() {
        Path base = dir.resolve("base");
        Path local = dir.resolve("local");
        Fixtures.write(base, Fixtures.VALID);
        Fixtures.write(local, """
                -- alternatives/nextcloud-talk.yaml --
                id: nextcloud-talk
                name: Nextcloud Talk
                categories: [chat]
                steward: {name: Nextcloud GmbH, country: DE, kind: company}
                licence: {spdx: AGPL-3.0-or-later, model: open-source}
                standards: [matrix-x]
                hosting: [{kind: self-hosted}]
                replaces: [{product: microsoft-teams, fit: full}]
                summary: {nl: Chat in Nextcloud.}
                reviewed: 2026-11-20
                """);

        Validation validation = Generator.load(new LoadRequest(List.of(base, local)));

        assertEquals(1, validation.problems().size(), validation.problems().sorted().toString());
        assertTrue(validation.problems().sorted().get(0).message().contains("unknown standard 'matrix-x' "
                + "(did you mean 'matrix'?)"));
    }

    @Test
    void readsACatalogueJarInPlaceAsTheBaseLayer() throws IOException {
        Path jar = dir.resolve("overstap-catalogue-1.0.jar");
        jarOf(Fixtures.parse(Fixtures.VALID), jar);
        Path local = dir.resolve("local");
        Fixtures.write(local, """
                -- products/zaaksysteem-x.yaml --
                id: zaaksysteem-x
                name: Zaaksysteem X
                categories: [chat]
                vendor: {name: Leverancier BV, country: NL, kind: company}
                summary: {nl: Ons zaaksysteem.}
                reviewed: 2026-11-20
                -- alternatives/element.yaml --
                id: element
                name: Element (gemeente)
                categories: [chat]
                steward: {name: Element, country: GB, kind: company}
                licence: {spdx: AGPL-3.0-only, model: open-source}
                hosting: [{kind: self-hosted}]
                replaces: [{product: microsoft-teams, fit: full}, {product: zaaksysteem-x, fit: full}]
                summary: {nl: Onze chat.}
                reviewed: 2026-11-20
                """);

        Validation validation = Generator.load(new LoadRequest(List.of(jar, local)));

        assertEquals(List.of(), validation.problems().sorted());
        assertEquals("Element (gemeente)", validation.catalogue().findAlternative("element").orElseThrow().name());
        assertTrue(validation.catalogue().findProduct("zaaksysteem-x").isPresent());
        assertTrue(validation.catalogue().findStandard("matrix").isPresent(), "entries of the jar stay");
        assertTrue(validation.catalogue().findProduct("microsoft-teams").orElseThrow().origin().path()
                .startsWith(jar + "!/overstap/catalogue/products/"));
        Files.delete(jar);
        assertFalse(Files.exists(jar), "the jar was closed and is not held open");
    }

    @Test
    void problemsInAJarNameTheJarAndThePathInside() throws IOException {
        Path jar = dir.resolve("broken.jar");
        Map<String, String> files = new TreeMap<>(Fixtures.parse(Fixtures.VALID));
        files.put("standards/matrix.yaml", files.get("standards/matrix.yaml").replace("status: unknown", "status: maybe"));
        jarOf(files, jar);

        Validation validation = Generator.load(new LoadRequest(List.of(jar)));

        assertEquals(1, validation.problems().size(), validation.problems().sorted().toString());
        String message = validation.problems().sorted().get(0).format();
        assertTrue(message.startsWith(jar + "!/overstap/catalogue/standards/matrix.yaml:4:9: error: "), message);
    }

    @Test
    void jarWithoutACatalogueIsAUsageError() throws IOException {
        Path jar = dir.resolve("other.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
        }

        UsageException e = assertThrows(UsageException.class, () -> Generator.load(new LoadRequest(List.of(jar))));

        assertEquals("'" + jar + "' holds no catalogue; a catalogue jar keeps its files under overstap/catalogue/",
                e.getMessage());
    }

    /** A jar laid out like the overstap-catalogue artifact. */
    private static void jarOf(Map<String, String> files, Path jar) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("overstap/catalogue/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
