package nl.overstap.render;

import java.util.Map;

/**
 * One page to render.
 *
 * @param path     where it goes, relative to the site root ({@code nl/producten/zoom/index.html})
 * @param template the template that renders it ({@code product.ftlh})
 * @param model    plain maps, lists and strings for the template (R15)
 */
public record Page(String path, String template, Map<String, Object> model) {
}
