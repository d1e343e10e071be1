package nl.overstap.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Documents made before, by everything that goes into them, so that a rebuild makes only the
 * documents whose handout changed: the dev server keeps one for all its rebuilds, and a build
 * from the command line or Maven starts from the documents of the previous output, which it
 * finds through the {@link #MANIFEST} written beside them. Output is a pure function of the
 * handout and of this code, so a kept document is the one that would be made again.
 */
public final class DocumentCache {
    /** In the output folder: for each document, the key of what went into it and the SHA-256 of its bytes. */
    public static final String MANIFEST = ".overstap-documents";

    private static final Pattern SAFE_PATH = Pattern.compile("(?:[a-z0-9][a-z0-9._-]*/)*[a-z0-9][a-z0-9._-]*");
    private static final long LARGEST_DOCUMENT = 64L << 20;
    private static final String CODE = codeIdentity();

    private final Map<String, byte[]> made = new ConcurrentHashMap<>();
    /** Documents of the previous output not read yet, by key; each is checked against its SHA-256 when read. */
    private final Map<String, OnDisk> previous = new ConcurrentHashMap<>();
    private final Map<String, String> keyByPath = new ConcurrentHashMap<>();
    private volatile int kept;

    private record OnDisk(Path file, String sha256) {
    }

    /** An empty cache. */
    public DocumentCache() {
    }

    /**
     * A cache that knows the documents of an earlier build in {@code out}, if it is one and has a
     * manifest. Nothing is read yet; a document that was changed or removed since is made again.
     */
    public static DocumentCache fromOutput(Path out) {
        DocumentCache cache = new DocumentCache();
        Path manifest = out.resolve(MANIFEST);
        try {
            if (!Files.isRegularFile(out.resolve(".overstap-site"), LinkOption.NOFOLLOW_LINKS)
                    || !Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS) || Files.size(manifest) > (8L << 20)) {
                return cache;
            }
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                String[] fields = line.split(" ");
                if (fields.length == 3 && fields[0].length() == 64 && fields[1].length() == 64
                        && SAFE_PATH.matcher(fields[2]).matches()) {
                    cache.previous.put(fields[0], new OnDisk(out.resolve(fields[2]), fields[1]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only a shortcut: with an unreadable manifest every document is made again.
            cache.previous.clear();
        }
        return cache;
    }

    byte[] get(Documents.Job job) {
        String key = key(job);
        byte[] bytes = made.get(key);
        if (bytes == null) {
            OnDisk earlier = previous.remove(key);
            bytes = earlier == null ? null : read(earlier);
            if (bytes != null) {
                made.put(key, bytes);
            }
        }
        return bytes;
    }

    void put(Documents.Job job, byte[] bytes) {
        made.put(key(job), bytes);
    }

    /** After a build: forgets every document but those of {@code jobs}, of which {@code kept} were not made again. */
    void built(List<Documents.Job> jobs, int kept) {
        keyByPath.clear();
        jobs.forEach(job -> keyByPath.put(job.path(), key(job)));
        made.keySet().retainAll(keyByPath.values());
        previous.clear();
        this.kept = kept;
    }

    /** How many documents of the latest build were taken from this cache rather than made. */
    public int kept() {
        return kept;
    }

    int size() {
        return made.size();
    }

    /** The manifest of the latest build's {@code documents}: one line per file, "key sha256 path", by path. */
    public byte[] manifest(SortedMap<String, byte[]> documents) {
        StringBuilder text = new StringBuilder();
        documents.forEach((path, bytes) -> {
            String key = keyByPath.get(path);
            if (key != null) {
                text.append(key).append(' ').append(sha256(bytes)).append(' ').append(path).append('\n');
            }
        });
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(OnDisk earlier) {
        try {
            if (!Files.isRegularFile(earlier.file(), LinkOption.NOFOLLOW_LINKS)
                    || Files.size(earlier.file()) > LARGEST_DOCUMENT) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(earlier.file());
            return sha256(bytes).equals(earlier.sha256()) ? bytes : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String key(Documents.Job job) {
        MessageDigest digest = sha256();
        var handout = job.handout();
        for (String part : new String[] {CODE, job.format().name(), handout.name(), handout.title(),
            handout.description(), handout.language().tag(), handout.date().toString(), handout.html()}) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What else decides a document's bytes: the code that makes documents and the versions of the
     * libraries under it. A new Overstap, even a snapshot of the same version, makes them again.
     */
    private static String codeIdentity() {
        MessageDigest digest = sha256();
        for (String resource : List.of("Pdf.class", "Odt.class", "OdtBase.class", "Fonts.class", "Drawings.class",
                "Packages.class", "OdfLocale.class", "Format.class",
                "/META-INF/maven/io.github.openhtmltopdf/openhtmltopdf-core/pom.properties",
                "/META-INF/maven/io.github.openhtmltopdf/openhtmltopdf-pdfbox/pom.properties",
                "/META-INF/maven/org.apache.pdfbox/pdfbox/pom.properties",
                "/META-INF/maven/org.odftoolkit/odfdom-java/pom.properties")) {
            try (InputStream in = DocumentCache.class.getResourceAsStream(resource)) {
                digest.update(resource.getBytes(StandardCharsets.UTF_8));
                if (in != null) {
                    digest.update(in.readAllBytes());
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + resource, e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
