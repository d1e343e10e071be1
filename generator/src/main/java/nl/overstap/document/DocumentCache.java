package nl.overstap.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Documents made earlier in this JVM, by everything that goes into them, so that a rebuild (the
 * dev server's, after an edit) makes only the documents whose handout changed. Output is a pure
 * function of the handout, so a kept document is the one that would be made again. Holds only
 * the documents of the latest build.
 */
public final class DocumentCache {
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();

    byte[] get(Documents.Job job) {
        return made.get(key(job));
    }

    void put(Documents.Job job, byte[] bytes) {
        made.put(key(job), bytes);
    }

    /** Forgets every document but those of {@code jobs}. */
    void keepOnly(java.util.List<Documents.Job> jobs) {
        Set<String> keys = ConcurrentHashMap.newKeySet();
        jobs.forEach(job -> keys.add(key(job)));
        made.keySet().retainAll(keys);
    }

    int size() {
        return made.size();
    }

    private static String key(Documents.Job job) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            var handout = job.handout();
            for (String part : new String[] {job.format().name(), handout.name(), handout.title(),
                handout.description(), handout.language().tag(), handout.date().toString(), handout.html()}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
