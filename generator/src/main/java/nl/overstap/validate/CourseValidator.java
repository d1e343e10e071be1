package nl.overstap.validate;

import java.util.List;
import nl.overstap.load.DidYouMean;
import nl.overstap.model.Catalogue;
import nl.overstap.model.Course;
import nl.overstap.model.Entry;
import nl.overstap.model.Ref;
import nl.overstap.problem.Problems;

/** Checks that every training note and topic a course names is in the catalogue. */
public final class CourseValidator {
    private CourseValidator() {
    }

    /** Reports each part that names no entry of its kind, with the nearest id as a hint. */
    public static void check(Course course, Catalogue catalogue, Problems problems) {
        for (Course.Part part : course.parts()) {
            if (part instanceof Course.Training training && catalogue.findTraining(training.note().id()).isEmpty()) {
                report(training.note(), "training note", catalogue.training(),
                        catalogue.findTopic(training.note().id()).isPresent() ? "topic" : null, problems);
            } else if (part instanceof Course.Topic topic && catalogue.findTopic(topic.topic().id()).isEmpty()) {
                report(topic.topic(), "topic", catalogue.topics(),
                        catalogue.findTraining(topic.topic().id()).isPresent() ? "training" : null, problems);
            }
        }
    }

    private static void report(Ref ref, String kind, List<? extends Entry> candidates, String otherKey,
            Problems problems) {
        String message;
        if (otherKey != null) {
            message = "'" + ref.id() + "' is a " + (otherKey.equals("topic") ? "topic" : "training note") + ", not a "
                    + kind + "; write '" + otherKey + ": " + ref.id() + "'";
        } else {
            String hint = DidYouMean.among(ref.id(), candidates.stream().map(Entry::id).toList())
                    .map(id -> " (did you mean '" + id + "'?)").orElse("");
            message = "unknown " + kind + " '" + ref.id() + "'" + hint;
        }
        problems.add(ref.at().path(), ref.at().line(), ref.at().column(), "reference", message);
    }
}
