package nl.overstap.document;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * odfdom finds the Java class of each XML element by upper-casing the first letter of its name in
 * the JVM's default locale. Under a Turkish or Azeri locale {@code initial-creator} becomes
 * "İnitialCreator", no class is found, and odfdom fails with a ClassCastException (and caches the
 * wrong answer for the rest of the run). Where upper-casing {@code i} does not give {@code I},
 * odfdom work runs with {@link Locale#ROOT} as the default, one at a time, and the default is put
 * back afterwards; everywhere else it runs as it is.
 */
final class OdfLocale {
    private static final Object LOCK = new Object();

    private OdfLocale() {
    }

    static <T> T call(Callable<T> work) throws Exception {
        if ("i".toUpperCase(Locale.getDefault()).equals("I")) {
            return work.call();
        }
        synchronized (LOCK) {
            Locale base = Locale.getDefault();
            Locale display = Locale.getDefault(Locale.Category.DISPLAY);
            Locale format = Locale.getDefault(Locale.Category.FORMAT);
            Locale.setDefault(Locale.ROOT);
            try {
                return work.call();
            } finally {
                Locale.setDefault(base);
                Locale.setDefault(Locale.Category.DISPLAY, display);
                Locale.setDefault(Locale.Category.FORMAT, format);
            }
        }
    }
}
