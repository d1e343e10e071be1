package nl.overstap.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks SPDX licence expressions against the SPDX License List shipped as data
 * ({@code spdx-licences.tsv}): ids, {@code AND}, {@code OR}, {@code WITH}, parentheses and
 * {@code LicenseRef-...}.
 */
final class SpdxLicences {
    private static final Pattern TOKEN = Pattern.compile("\\s*(\\(|\\)|[A-Za-z0-9.+:-]+)");
    private static final Pattern LICENSE_REF = Pattern.compile("(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+");

    private static final SpdxLicences INSTANCE = load();

    private final Map<String, String> licences; // id -> "current" | "deprecated"
    private final Map<String, String> exceptions;

    private SpdxLicences(Map<String, String> licences, Map<String, String> exceptions) {
        this.licences = licences;
        this.exceptions = exceptions;
    }

    static SpdxLicences get() {
        return INSTANCE;
    }

    int licenceCount() {
        return licences.size();
    }

    private static SpdxLicences load() {
        Map<String, String> licences = new TreeMap<>();
        Map<String, String> exceptions = new TreeMap<>();
        try (InputStream in = SpdxLicences.class.getResourceAsStream("spdx-licences.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                (columns[0].equals("exception") ? exceptions : licences).put(columns[1], columns[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the SPDX licence list is missing from the jar", e);
        }
        return new SpdxLicences(Map.copyOf(licences), Map.copyOf(exceptions));
    }

    /** What is wrong with {@code expression}, or empty when it is a valid SPDX expression. */
    Optional<String> check(String expression) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(expression);
        int end = 0;
        while (matcher.lookingAt()) {
            tokens.add(matcher.group(1));
            end = matcher.end();
            matcher.region(end, expression.length());
        }
        if (!expression.substring(end).isBlank()) {
            return Optional.of("unexpected character '" + expression.substring(end).strip().charAt(0) + "'");
        }
        if (tokens.isEmpty()) {
            return Optional.of("the licence expression is empty");
        }
        Parser parser = new Parser(tokens);
        Optional<String> problem = parser.expression(0);
        if (problem.isEmpty() && parser.position < tokens.size()) {
            String extra = tokens.get(parser.position);
            problem = Optional.of(extra.equalsIgnoreCase("and") || extra.equalsIgnoreCase("or")
                    || extra.equalsIgnoreCase("with")
                    ? "operators are written in capitals: '" + extra.toUpperCase(Locale.ROOT) + "'"
                    : "unexpected '" + extra + "'");
        }
        return problem;
    }

    private Optional<String> checkLicence(String id) {
        String bare = id.endsWith("+") ? id.substring(0, id.length() - 1) : id;
        if (LICENSE_REF.matcher(bare).matches()) {
            return Optional.empty();
        }
        String status = licences.get(bare);
        if ("current".equals(status)) {
            return Optional.empty();
        }
        if ("deprecated".equals(status)) {
            return Optional.of("'" + bare + "' is a deprecated SPDX id; use " + successors(bare));
        }
        return Optional.of("'" + bare + "' is not an SPDX licence id" + suggestion(bare));
    }

    private String successors(String deprecated) {
        String only = deprecated + "-only";
        String later = deprecated + "-or-later";
        if (licences.containsKey(only) && licences.containsKey(later)) {
            return "'" + only + "' or '" + later + "'";
        }
        return "its current id from the SPDX License List";
    }

    private String suggestion(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (String known : licences.keySet()) {
            if (known.toLowerCase(Locale.ROOT).equals(wanted) && "current".equals(licences.get(known))) {
                return " (did you mean '" + known + "'?)";
            }
        }
        return DidYouMean.among(id, licences.keySet()).map(s -> " (did you mean '" + s + "'?)")
                .orElse("; proprietary licences are written 'LicenseRef-Proprietary'");
    }

    /** Recursive descent over the tokens; depth-bounded so hostile input cannot overflow the stack. */
    private final class Parser {
        final List<String> tokens;
        int position;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        Optional<String> expression(int depth) {
            if (depth > 20) {
                return Optional.of("the licence expression is nested too deeply");
            }
            Optional<String> problem = term(depth);
            while (problem.isEmpty() && position < tokens.size()
                    && (tokens.get(position).equals("OR") || tokens.get(position).equals("AND"))) {
                position++;
                problem = term(depth);
            }
            return problem;
        }

        private Optional<String> term(int depth) {
            if (position >= tokens.size()) {
                return Optional.of("the licence expression ends too early");
            }
            String token = tokens.get(position++);
            if (token.equals("(")) {
                Optional<String> inner = expression(depth + 1);
                if (inner.isPresent()) {
                    return inner;
                }
                if (position >= tokens.size() || !tokens.get(position).equals(")")) {
                    return Optional.of("a '(' is not closed");
                }
                position++;
                return Optional.empty();
            }
            if (token.equals(")") || token.equals("AND") || token.equals("OR") || token.equals("WITH")) {
                return Optional.of("unexpected '" + token + "'");
            }
            if (token.equalsIgnoreCase("and") || token.equalsIgnoreCase("or") || token.equalsIgnoreCase("with")) {
                return Optional.of("operators are written in capitals: '" + token.toUpperCase(Locale.ROOT) + "'");
            }
            Optional<String> problem = checkLicence(token);
            if (problem.isEmpty() && position < tokens.size() && tokens.get(position).equals("WITH")) {
                position++;
                if (position >= tokens.size()) {
                    return Optional.of("'WITH' needs an exception id after it");
                }
                String exception = tokens.get(position++);
                if (!exceptions.containsKey(exception)) {
                    return Optional.of("'" + exception + "' is not an SPDX licence exception id");
                }
            }
            return problem;
        }
    }
}
