package nl.overstap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code catalogue/schema/catalogue.schema.json} true to the loader: the same fields and
 * required fields per shape, and every bundled file valid against it.
 */
class SchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** YAML 1.2 booleans, as editors read them: 'NO' (Norway) stays text, as it does in the loader (R4). */
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .build();

    private static JsonNode schema() {
        return BundledCatalogue.with(root -> {
            try {
                return JSON.readTree(Files.readString(root.resolve("schema/catalogue.schema.json")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void schemaHasTheLoadersFieldsForEveryShape() {
        JsonNode defs = schema().get("$defs");
        Set<String> names = new TreeSet<>();
        defs.fieldNames().forEachRemaining(names::add);
        Set<String> shapes = new TreeSet<>();
        for (Shape shape : Shapes.ALL) {
            shapes.add(shape.name());
            JsonNode definition = defs.get(shape.name());
            assertTrue(definition != null, "schema has no definition '" + shape.name() + "'");
            Set<String> properties = new TreeSet<>();
            definition.get("properties").fieldNames().forEachRemaining(properties::add);
            assertEquals(new TreeSet<>(shape.fields()), properties, "fields of " + shape.name());
            Set<String> required = new TreeSet<>();
            definition.get("required").forEach(r -> required.add(r.asText()));
            assertEquals(new TreeSet<>(shape.required()), required, "required fields of " + shape.name());
            assertEquals(false, definition.get("additionalProperties").asBoolean(), shape.name());
        }
        assertEquals(shapes, names, "definitions without a shape in the loader");
    }

    @Test
    void everyBundledFileIsValidAgainstTheSchema() {
        JsonNode schema = schema();
        List<String> failures = new ArrayList<>();
        int[] checked = {0};
        BundledCatalogue.with(root -> {
            check(root, "categories", "category", schema, failures, checked);
            check(root, "products", "product", schema, failures, checked);
            check(root, "alternatives", "alternative", schema, failures, checked);
            check(root, "standards", "standard", schema, failures, checked);
            check(root, "migrations", "migration", schema, failures, checked);
            check(root, "training", "training", schema, failures, checked);
            check(root, "topics", "topic", schema, failures, checked);
            return null;
        });
        assertEquals(List.of(), failures);
        assertTrue(checked[0] > 60, "checked only " + checked[0] + " files");
    }

    @Test
    void schemaRejectsWhatTheLoaderRejects() throws IOException {
        JsonSchema product = definition(schema(), "product");
        JsonNode unknownField = YAML.readTree("id: x\nname: X\ncategories: [chat]\nvendor: {name: V, country: US, "
                + "kind: company}\nsummary: {nl: s}\nreviewed: 2026-11-01\nsumary: typo\n");
        JsonNode badCountry = YAML.readTree("id: x\nname: X\ncategories: [chat]\nvendor: {name: V, country: us, "
                + "kind: company}\nsummary: {nl: s}\nreviewed: 2026-11-01\n");
        assertTrue(!product.validate(unknownField).isEmpty());
        assertTrue(!product.validate(badCountry).isEmpty());
    }

    private static void check(Path root, String folder, String definitionPrefix, JsonNode schema,
            List<String> failures, int[] checked) {
        try (Stream<Path> files = Files.list(root.resolve(folder))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String definition = definitionPrefix;
                if (name.endsWith(".md")) {
                    definition += name.endsWith(".nl.md") ? "Nl" : "En";
                    text = text.substring(4, text.indexOf("\n---\n", 3) + 1);
                }
                Set<ValidationMessage> messages = definition(schema, definition).validate(YAML.readTree(text));
                messages.forEach(m -> failures.add(folder + "/" + name + ": " + m.getMessage()));
                checked[0]++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema definition(JsonNode schema, String name) {
        ObjectNode pointed = schema.deepCopy();
        pointed.put("$ref", "#/$defs/" + name);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(pointed);
    }
}
