package nl.overstap.render;

import java.util.Locale;
import nl.overstap.model.Language;

/** File sizes as people read them next to a download link: "85 kB", "1,2 MB" (Dutch) or "1.2 MB". */
final class FileSizes {
    private FileSizes() {
    }

    static String format(long bytes, Language language) {
        if (bytes < 1000 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " kB";
        }
        String megabytes = String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
        return (language == Language.NL ? megabytes.replace('.', ',') : megabytes) + " MB";
    }
}
