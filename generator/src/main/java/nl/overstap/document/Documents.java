package nl.overstap.document;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import nl.overstap.render.Handout;

/**
 * The document stage: turns rendered handouts into PDF and ODT files, in parallel, each file
 * independent of the others and of the order they are made in.
 */
public final class Documents {
    private Documents() {
    }

    /** One file to make: {@code handout} in {@code format}, named {@code handout.name() + "." + extension}. */
    public record Job(Handout handout, Format format) {
        public String path() {
            return handout.name() + "." + format.extension();
        }
    }

    /** Every handout in both formats. */
    public static List<Job> both(List<Handout> handouts) {
        return handouts.stream().flatMap(h -> List.of(new Job(h, Format.PDF), new Job(h, Format.ODT)).stream())
                .toList();
    }

    /** Makes every job's file. */
    public static SortedMap<String, byte[]> make(List<Job> jobs) {
        return make(jobs, new DocumentCache());
    }

    /**
     * Makes every job's file that {@code cache} does not have yet, on as many threads as there
     * are processors: each thread takes the next job to do until none are left, and keeps its own
     * fonts, parsed once, for all of them. Afterwards the cache holds exactly these jobs' files
     * and knows how many it already had.
     *
     * @return the files by path, sorted
     */
    public static SortedMap<String, byte[]> make(List<Job> jobs, DocumentCache cache) {
        List<Job> missing = jobs.stream().filter(job -> cache.get(job) == null).toList();
        int workers = Math.max(1, Math.min(missing.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, workers).parallel().forEach(worker -> {
            try (Pdf pdf = new Pdf()) {
                for (int i = next.getAndIncrement(); i < missing.size(); i = next.getAndIncrement()) {
                    Job job = missing.get(i);
                    cache.put(job, job.format() == Format.PDF ? pdf.make(job.handout()) : Odt.of(job.handout()));
                }
            }
        });
        SortedMap<String, byte[]> made = new TreeMap<>();
        jobs.forEach(job -> made.put(job.path(), cache.get(job)));
        cache.built(jobs, jobs.size() - missing.size());
        return made;
    }
}
