package nl.overstap.write;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import nl.overstap.problem.Problems;
import org.jsoup.parser.Parser;

/**
 * Checks every internal link and anchor of the rendered site before it is published: a link
 * to a file that is not there, or to an id that is not on the page, is a problem naming the page
 * and line. Our HTML always double-quotes attributes, so a scan of the bytes suffices and stays fast.
 */
public final class LinkChecker {
    private static final byte[] HREF = "href=\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SRC = "src=\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ID = "id=\"".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private LinkChecker() {
    }

    public static void check(SortedMap<String, byte[]> files, Problems problems) {
        Map<String, Set<String>> ids = new ConcurrentHashMap<>();
        List<Map.Entry<String, byte[]>> pages = files.entrySet().stream().filter(f -> f.getKey().endsWith(".html"))
                .toList();
        pages.parallelStream().forEach(page -> {
            Set<String> pageIds = new HashSet<>();
            for (Attribute id : attributes(page.getValue(), ID)) {
                pageIds.add(Parser.unescapeEntities(id.value(), true));
            }
            ids.put(page.getKey(), pageIds);
        });
        // Pages are checked in parallel, each into its own problems, merged in path order.
        List<Problems> found = pages.parallelStream().map(page -> {
            Problems pageProblems = new Problems();
            for (Attribute link : attributes(page.getValue(), HREF, SRC)) {
                String raw = link.value();
                String url = raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
                String lower = url.toLowerCase(Locale.ROOT);
                if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:")) {
                    continue;
                }
                check(page.getKey(), url, files, ids, pageProblems, link.line());
            }
            return pageProblems;
        }).toList();
        found.forEach(problems::addAll);
    }

    /** An attribute's value as written, and the line the white space before its name is on. */
    private record Attribute(String value, int line) {
    }

    /**
     * Every double-quoted value of an attribute named by one of {@code names} ({@code href="})
     * after white space, found in the page's bytes as the pattern {@code \s(?:href|src)="([^"]*)"}
     * would find it, without decoding the whole page.
     */
    private static List<Attribute> attributes(byte[] page, byte[]... names) {
        List<Attribute> found = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < page.length; i++) {
            byte c = page[i];
            boolean matched = false;
            if (isSpace(c)) {
                for (byte[] name : names) {
                    if (startsWith(page, i + 1, name)) {
                        int start = i + 1 + name.length;
                        int end = start;
                        while (end < page.length && page[end] != '"') {
                            end++;
                        }
                        if (end == page.length) {
                            return found;
                        }
                        found.add(new Attribute(new String(page, start, end - start, StandardCharsets.UTF_8), line));
                        for (int k = i; k < end; k++) {
                            line += page[k] == '\n' ? 1 : 0;
                        }
                        i = end;
                        matched = true;
                        break;
                    }
                }
            }
            if (!matched && c == '\n') {
                line++;
            }
        }
        return found;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static boolean startsWith(byte[] page, int at, byte[] name) {
        if (at + name.length > page.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (page[at + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    private static void check(String page, String url, SortedMap<String, byte[]> files, Map<String, Set<String>> ids,
            Problems problems, int line) {
        if (SCHEME.matcher(url).find() || url.startsWith("//")) {
            problems.add(page, line, 0, "link", "link '" + url + "' leaves the site in a way that is not allowed");
            return;
        }
        int hash = url.indexOf('#');
        String target = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        int query = target.indexOf('?');
        if (query >= 0) {
            target = target.substring(0, query);
        }
        String resolved = target.isEmpty() ? page : resolve(page, target);
        if (resolved == null || !files.containsKey(resolved)) {
            problems.add(page, line, 0, "link", "link '" + url + "' points to '" + resolved
                    + "', which is not part of the site");
            return;
        }
        if (fragment != null && !fragment.isEmpty() && resolved.endsWith(".html")
                && !ids.getOrDefault(resolved, Set.of()).contains(fragment)) {
            problems.add(page, line, 0, "link", "link '" + url + "' points to '#" + fragment
                    + "', which is not on page '" + resolved + "'");
        }
    }

    /** {@code target} relative to {@code page}'s folder, as a site path, or null when it climbs out of the site. */
    static String resolve(String page, String target) {
        // Fast path for what the templates write: some "../", then a plain path.
        int ups = 0;
        while (target.startsWith("../", ups * 3)) {
            ups++;
        }
        String rest = target.substring(ups * 3);
        if (!rest.isEmpty() && !rest.startsWith("/") && !rest.endsWith("/") && rest.indexOf("//") < 0
                && !rest.startsWith("./") && !rest.startsWith("../") && rest.indexOf("/./") < 0
                && rest.indexOf("/../") < 0 && !rest.equals(".") && !rest.equals("..") && !rest.endsWith("/.")
                && !rest.endsWith("/..")) {
            int end = page.lastIndexOf('/');
            for (int i = 0; i < ups; i++) {
                if (end < 0) {
                    return null;
                }
                end = page.lastIndexOf('/', end - 1);
            }
            return end < 0 ? rest : page.substring(0, end + 1) + rest;
        }
        return resolveSlowly(page, target);
    }

    private static String resolveSlowly(String page, String target) {
        String base = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        String[] parts = (base + target).split("/", -1);
        java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
        for (String part : parts) {
            if (part.equals("..")) {
                if (stack.isEmpty()) {
                    return null;
                }
                stack.removeLast();
            } else if (!part.equals(".") && !part.isEmpty()) {
                stack.addLast(part);
            }
        }
        String path = String.join("/", stack);
        return target.endsWith("/") ? path + (path.isEmpty() ? "" : "/") + "index.html" : path;
    }
}
