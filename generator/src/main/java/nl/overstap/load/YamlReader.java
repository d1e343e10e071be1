package nl.overstap.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.overstap.load.YamlNode.Entry;
import nl.overstap.load.YamlNode.Mapping;
import nl.overstap.load.YamlNode.Position;
import nl.overstap.load.YamlNode.Scalar;
import nl.overstap.load.YamlNode.ScalarType;
import nl.overstap.load.YamlNode.Sequence;
import nl.overstap.problem.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The one hardened YAML reader for every entry point (R3): Jackson's streaming YAML parser,
 * with each SnakeYAML event checked before Jackson sees it.
 *
 * <p>Refused: anchors, aliases, merge keys, explicit tags, more than one document, duplicate
 * keys, non-scalar keys and nesting deeper than {@link #MAX_DEPTH}. Jackson's own reader applies
 * none of SnakeYAML's alias limits and accepts tags and merge keys silently, hence this class.
 */
final class YamlReader {
    static final int MAX_DEPTH = 10;
    /** SnakeYAML's own limit, far above ours, only to stop hostile input before it costs stack. */
    static final int PARSER_DEPTH_LIMIT = 64;
    static final int MAX_CODE_POINTS = 1 << 20;

    private static final GuardedFactory FACTORY = new GuardedFactory();

    private YamlReader() {
    }

    /** The settings the reader depends on; a test pins them so that they cannot drift (R3). */
    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(PARSER_DEPTH_LIMIT);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        return options;
    }

    static YAMLFactory factory() {
        return FACTORY;
    }

    /**
     * Reads one YAML document.
     *
     * @param text       the decoded text, line ends already normalised to LF
     * @param path       the file as shown in problems
     * @param lineOffset added to every line (front matter starts below the {@code ---} line)
     * @return the root node, or empty when the text is not YAML we accept (problems say why)
     */
    static Optional<YamlNode> read(String text, String path, int lineOffset, Problems problems) {
        Reading reading = new Reading(path, lineOffset, problems);
        try (GuardedParser parser = (GuardedParser) FACTORY.createParser(text)) {
            parser.reading = reading;
            JsonToken first = parser.nextToken();
            if (first == null) {
                reading.problem(new Position(1 + lineOffset, 1), "yaml-empty", "the file is empty; expected a mapping of fields");
                return Optional.empty();
            }
            YamlNode root = reading.value(parser, 1);
            if (parser.nextToken() != null && !reading.failed) {
                Position at = reading.position(parser);
                reading.problem(at, "yaml-documents", "only one YAML document is allowed per file");
            }
            return reading.failed ? Optional.empty() : Optional.of(root);
        } catch (JsonProcessingException e) {
            reading.syntax(e);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // SnakeYAML and Jackson throw unchecked exceptions on some malformed input (R27).
            reading.problem(new Position(1 + lineOffset, 1), "yaml-syntax", "not valid YAML: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())));
            return Optional.empty();
        }
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Builds the node tree from Jackson tokens, reporting problems with positions. */
    private static final class Reading {
        final String path;
        final int lineOffset;
        final Problems problems;
        boolean failed;

        Reading(String path, int lineOffset, Problems problems) {
            this.path = path;
            this.lineOffset = lineOffset;
            this.problems = problems;
        }

        /** Reports at a position that already includes the line offset. */
        void problem(Position at, String code, String message) {
            failed = true;
            problems.add(path, at.line(), at.column(), code, message);
        }

        Position position(JsonParser parser) {
            var location = parser.currentTokenLocation();
            return new Position(Math.max(1, location.getLineNr()) + lineOffset, Math.max(1, location.getColumnNr()));
        }

        Position position(org.yaml.snakeyaml.error.Mark mark) {
            return new Position(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
        }

        /** Reads the value whose first token is current. */
        YamlNode value(JsonParser parser, int depth) throws IOException {
            Position at = position(parser);
            JsonToken token = parser.currentToken();
            if (depth > MAX_DEPTH && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
                problem(at, "yaml-depth", "nested deeper than " + MAX_DEPTH + " levels");
                parser.skipChildren();
                return new Scalar("", ScalarType.NULL, at);
            }
            switch (token) {
                case START_OBJECT:
                    return mapping(parser, depth, at);
                case START_ARRAY:
                    List<YamlNode> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(value(parser, depth + 1));
                    }
                    return new Sequence(List.copyOf(items), at);
                case VALUE_NUMBER_INT:
                    return new Scalar(parser.getText(), ScalarType.INTEGER, at);
                case VALUE_NUMBER_FLOAT:
                    return new Scalar(parser.getText(), ScalarType.FLOAT, at);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new Scalar(parser.getText(), ScalarType.BOOLEAN, at);
                case VALUE_NULL:
                    return new Scalar("", ScalarType.NULL, at);
                default:
                    return new Scalar(parser.getText(), ScalarType.STRING, at);
            }
        }

        private Mapping mapping(JsonParser parser, int depth, Position at) throws IOException {
            List<Entry> entries = new ArrayList<>();
            Map<String, Position> seen = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                Position keyAt = position(parser);
                if ("<<".equals(name)) {
                    problem(keyAt, "yaml-merge", "merge keys ('<<') are not allowed; write the fields out");
                }
                Position earlier = seen.putIfAbsent(name, keyAt);
                if (earlier != null) {
                    problem(keyAt, "yaml-duplicate-key", "duplicate key '" + name + "' (first at line "
                            + earlier.line() + ")");
                }
                parser.nextToken();
                entries.add(new Entry(new Scalar(name, ScalarType.STRING, keyAt), value(parser, depth + 1)));
            }
            return new Mapping(List.copyOf(entries), at);
        }

        void syntax(JsonProcessingException e) {
            var location = e.getLocation();
            Position at = location == null ? new Position(1 + lineOffset, 1)
                    : new Position(Math.max(1, location.getLineNr()) + lineOffset, Math.max(1, location.getColumnNr()));
            String message = e.getOriginalMessage();
            // Jackson keeps SnakeYAML's exception as the cause; its problem text and mark are the precise ones.
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
                message = marked.getProblem();
                if (marked.getProblemMark() != null) {
                    at = position(marked.getProblemMark());
                }
            }
            problem(at, "yaml-syntax", "not valid YAML: " + firstLine(message));
        }

        /** Checks each event before Jackson turns it into tokens. */
        void inspect(Event event) {
            if (event.is(Event.ID.Alias)) {
                problem(position(event.getStartMark()), "yaml-alias", "aliases ('*name') are not allowed; write the value out");
                return;
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                problem(position(event.getStartMark()), "yaml-anchor", "anchors ('&" + node.getAnchor() + "') are not allowed");
            }
            String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                    : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
            if (tag != null) {
                problem(position(event.getStartMark()), "yaml-tag", "tags ('" + tag + "') are not allowed; "
                        + "write plain values and quote text that looks like a number");
            }
        }
    }

    /** Creates {@link GuardedParser}s; Jackson's parser features are fixed here. */
    private static final class GuardedFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        GuardedFactory() {
            super(YAMLFactory.builder()
                    .loaderOptions(loaderOptions())
                    .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // reported by us, with both lines
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(PARSER_DEPTH_LIMIT)
                            .maxStringLength(MAX_CODE_POINTS)
                            .build()));
        }

        @Override
        protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable) {
            return _createParser(new StringReader(new String(data, offset, len)), ctxt);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext ctxt) {
            return new GuardedParser(ctxt, _parserFeatures, _yamlParserFeatures, _objectCodec, reader,
                    new ParserImpl(new StreamReader(reader), loaderOptions()));
        }
    }

    private static final class GuardedParser extends YAMLParser {
        Reading reading;

        GuardedParser(IOContext ctxt, int parserFeatures, int formatFeatures,
                com.fasterxml.jackson.core.ObjectCodec codec, Reader reader, ParserImpl yaml) {
            super(ctxt, parserFeatures, formatFeatures, codec, reader, yaml);
        }

        @Override
        protected Event getEvent() throws IOException {
            Event event = super.getEvent();
            if (event != null && reading != null) {
                reading.inspect(event);
            }
            return event;
        }
    }
}
