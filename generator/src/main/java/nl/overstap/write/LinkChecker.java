package nl.overstap.write;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.overstap.problem.Problems;
import org.jsoup.parser.Parser;

/**
 * Checks every internal link and anchor of the rendered site before anything is written: a link
 * to a file that is not there, or to an id that is not on the page, is a problem naming the page
 * and line. Our HTML always double-quotes attributes, so a scan suffices and stays fast.
 */
public final class LinkChecker {
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private LinkChecker() {
    }

    public static void check(SortedMap<String, byte[]> files, Problems problems) {
        Map<String, String> html = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Set<String>> ids = new java.util.concurrent.ConcurrentHashMap<>();
        files.entrySet().parallelStream().forEach(file -> {
            String path = file.getKey();
            byte[] bytes = file.getValue();
            if (path.endsWith(".html")) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                html.put(path, text);
                Set<String> pageIds = new HashSet<>();
                Matcher matcher = ID_ATTRIBUTE.matcher(text);
                while (matcher.find()) {
                    pageIds.add(Parser.unescapeEntities(matcher.group(1), true));
                }
                ids.put(path, pageIds);
            }
        });
        // Pages are checked in parallel, each into its own problems, merged in path order.
        List<Map.Entry<String, String>> pages = html.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
        List<Problems> found = pages.parallelStream().map(page -> {
            Problems pageProblems = new Problems();
            String text = page.getValue();
            Matcher matcher = URL_ATTRIBUTE.matcher(text);
            int line = 1;
            int counted = 0;
            while (matcher.find()) {
                String raw = matcher.group(1);
                String url = raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
                String lower = url.toLowerCase(Locale.ROOT);
                if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:")) {
                    continue;
                }
                for (; counted < matcher.start(); counted++) {
                    if (text.charAt(counted) == '\n') {
                        line++;
                    }
                }
                check(page.getKey(), url, files, ids, pageProblems, line);
            }
            return pageProblems;
        }).toList();
        found.forEach(problems::addAll);
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
