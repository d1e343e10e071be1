package nl.overstap.write;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
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

    private LinkChecker() {
    }

    public static void check(SortedMap<String, byte[]> files, Problems problems) {
        List<Map.Entry<String, byte[]>> pages = files.entrySet().stream().filter(f -> f.getKey().endsWith(".html"))
                .toList();
        // Looked up for every link: hashing a path costs less than a sorted map's dozen comparisons.
        Set<String> paths = new HashSet<>(files.keySet());
        // One scan of each page finds its ids and where its links are; the links are read once all ids are known.
        Map<String, Set<String>> ids = new ConcurrentHashMap<>();
        Map<String, int[]> links = new ConcurrentHashMap<>();
        pages.parallelStream().forEach(page -> {
            Set<String> pageIds = new HashSet<>();
            links.put(page.getKey(), scan(page.getValue(), pageIds));
            ids.put(page.getKey(), pageIds);
        });
        // Pages are checked in parallel, each into its own problems, merged in path order.
        List<Problems> found = pages.parallelStream().map(page -> {
            Problems pageProblems = new Problems();
            byte[] bytes = page.getValue();
            int[] at = links.get(page.getKey());
            for (int i = 0; i < at.length; i += 3) {
                String raw = new String(bytes, at[i], at[i + 1] - at[i], StandardCharsets.UTF_8);
                String url = raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
                String lower = url.toLowerCase(Locale.ROOT);
                if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:")) {
                    continue;
                }
                check(page.getKey(), url, paths, ids, pageProblems, at[i + 2]);
            }
            return pageProblems;
        }).toList();
        found.forEach(problems::addAll);
    }

    /**
     * Finds every double-quoted {@code id}, {@code href} and {@code src} value after white space,
     * as the pattern {@code \s(id|href|src)="([^"]*)"} would, without decoding the whole page.
     *
     * @param ids receives the page's ids, entities decoded
     * @return for each link, the start and end of its value in {@code page} and the line of the white
     *         space before its name, three ints a link: kept small, as every page's links wait for
     *         every page's ids
     */
    private static int[] scan(byte[] page, Set<String> ids) {
        int[] links = new int[48];
        int count = 0;
        int line = 1;
        for (int i = 0; i < page.length; i++) {
            byte c = page[i];
            // Most bytes are neither white space nor a line end: one test skips them (UTF-8's are negative).
            if (c > ' ' || c < 0) {
                continue;
            }
            byte[] name = isSpace(c) && i + 1 < page.length ? nameAt(page, i + 1) : null;
            if (name != null) {
                int start = i + 1 + name.length;
                int end = start;
                while (end < page.length && page[end] != '"') {
                    end++;
                }
                if (end == page.length) {
                    break;
                }
                if (name == ID) {
                    String id = new String(page, start, end - start, StandardCharsets.UTF_8);
                    ids.add(Parser.unescapeEntities(id, true));
                } else {
                    if (count + 3 > links.length) {
                        links = Arrays.copyOf(links, links.length * 2);
                    }
                    links[count++] = start;
                    links[count++] = end;
                    links[count++] = line;
                }
                for (int k = i + 1; k < end; k++) {
                    line += page[k] == '\n' ? 1 : 0;
                }
                i = end;
            }
            if (c == '\n') {
                line++;
            }
        }
        return Arrays.copyOf(links, count);
    }

    /** {@link #ID}, {@link #HREF} or {@link #SRC} when the page has it at {@code at}, else null. */
    private static byte[] nameAt(byte[] page, int at) {
        byte first = page[at];
        byte[] name = first == 'h' ? HREF : first == 's' ? SRC : first == 'i' ? ID : null;
        return name != null && startsWith(page, at, name) ? name : null;
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

    private static void check(String page, String url, Set<String> paths, Map<String, Set<String>> ids,
            Problems problems, int line) {
        if (hasScheme(url) || url.startsWith("//")) {
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
        if (resolved == null || !paths.contains(resolved)) {
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

    /** Whether {@code url} starts with a scheme, as {@code ^[a-zA-Z][a-zA-Z0-9+.-]*:} matches. */
    static boolean hasScheme(String url) {
        if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
            return false;
        }
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
