package nl.overstap.load;

import java.util.List;

/**
 * A YAML value with the place it was written, as read by {@link YamlReader}.
 * Only what catalogue files may contain: mappings with scalar keys, sequences and scalars.
 */
sealed interface YamlNode {

    Position at();

    /** What the node is, in words for messages: "a mapping", "a list", "text". */
    String describe();

    /** 1-based line and column (in code points) of where a node starts. */
    record Position(int line, int column) {
    }

    /** How YAML resolved a plain scalar; quoted scalars are always {@code STRING}. */
    enum ScalarType { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    /** A scalar with its source text exactly as written (R4: {@code 1.10} stays {@code 1.10}). */
    record Scalar(String text, ScalarType type, Position at) implements YamlNode {
        @Override
        public String describe() {
            return switch (type) {
                case NULL -> "nothing";
                case INTEGER, FLOAT -> "a number";
                case BOOLEAN -> "true/false";
                case STRING -> "text";
            };
        }
    }

    record Entry(Scalar key, YamlNode value) {
    }

    record Mapping(List<Entry> entries, Position at) implements YamlNode {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(List<YamlNode> items, Position at) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }
}
