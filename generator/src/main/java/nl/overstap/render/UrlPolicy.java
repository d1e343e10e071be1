package nl.overstap.render;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Which link and image targets Markdown may contain (R13): links to http, https, mailto and
 * relative URLs; images only from the site itself. Checked on the decoded, cleaned, lower-cased
 * URL, so entities, mixed case, tabs and control characters cannot smuggle a scheme through.
 */
final class UrlPolicy {
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

    private UrlPolicy() {
    }

    /** Why {@code raw} may not be a link target, or empty when it may. */
    static Optional<String> checkLink(String raw) {
        String url = normalise(raw);
        var matcher = SCHEME.matcher(url);
        if (matcher.find()) {
            String scheme = matcher.group(1);
            if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("mailto")) {
                return Optional.of("links may use http, https and mailto only, not '" + scheme + ":'");
            }
        }
        return Optional.empty();
    }

    /** Why {@code raw} may not be an image source, or empty when it may: only the site's own files. */
    static Optional<String> checkImage(String raw) {
        String url = normalise(raw);
        if (SCHEME.matcher(url).find() || url.startsWith("//") || url.startsWith("\\")) {
            return Optional.of("images must be files of the site itself (a relative path): a page may not load "
                    + "anything from another address");
        }
        return Optional.empty();
    }

    private static String normalise(String raw) {
        String decoded = Parser.unescapeEntities(raw, true);
        StringBuilder out = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c > 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
