package nl.overstap.inventory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import nl.overstap.Generator;
import nl.overstap.load.InventoryFile;
import org.junit.jupiter.api.Test;

class Peek {
    @Test
    void peek() {
        var a = Generator.analyse(new Generator.LoadRequest(java.util.List.of(Path.of("../catalogue"))),
                Path.of("../examples/gemeente-voorbeeldrijk/" + System.getProperty("peek.file", "inventaris.yaml")),
                new InventoryFile.CsvDefaults(Optional.of("Gemeente Voorbeeldrijk (fictief)"), LocalDate.of(2026, 12, 1)),
                Weights.DEFAULT);
        a.problems().sorted().forEach(System.out::println);
        var an = a.analysis().orElseThrow();
        for (var s : an.assessments()) {
            var m = s.match();
            System.out.printf("%-20s %-40s %-28s %-7s %s/%s risk=%d eff=%d %s rec=%s via=%s%n", s.application().id(), s.application().name(),
                    m.entry().map(e -> e.id()).orElse("-"), m.confidence(), s.reach(), s.lockIn(), s.risk(), s.effort(), s.factors(),
                    s.recommended().stream().map(x -> x.id()).toList(), s.criticalVia());
            if (!m.matched()) System.out.println("    suggestions " + m.suggestions().stream().map(e -> e.id()).toList() + " words " + m.matchedWords());
        }
        an.roadmap().forEach(st -> System.out.println(st.rank() + " " + st.assessment().application().id() + " " + st.start() + " " + st.ready() + " " + st.timing() + " p=" + st.assessment().priority()));
        an.exposure().measures().forEach(System.out::println);
        an.continuity().forEach(c -> System.out.println("C " + c.assessment().application().id() + " stops=" + c.stops().stream().map(x -> x.id()).toList() + " fb=" + c.fallbacks().stream().map(x -> x.id()).toList() + " chDown=" + c.channelDown() + " ch=" + c.channels().stream().map(x -> x.id()).toList()));
        an.procurement().forEach(p -> System.out.println("P " + p.assessment().application().id() + " " + p.end() + " " + p.monthsLeft()));
        System.out.println("cycles " + an.cycles());
    }
}
