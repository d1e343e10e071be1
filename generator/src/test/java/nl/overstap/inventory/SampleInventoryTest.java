package nl.overstap.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.overstap.Generator;
import nl.overstap.inventory.Match.Confidence;
import nl.overstap.load.InventoryFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fictional Gemeente Voorbeeldrijk against the bundled catalogue: every match, scores worked
 * out by hand from the rules in the report's method section, the roadmap's order and dates, the
 * exposure figures and a continuity entry for every critical service. When the catalogue changes
 * what a name matches, this test says so.
 */
class SampleInventoryTest {
    static final Path SAMPLE = Path.of("../examples/gemeente-voorbeeldrijk/inventaris.yaml");
    static Analysis analysis;

    @BeforeAll
    static void analyse() {
        Generator.Analysed analysed = Generator.analyse(Generator.LoadRequest.bundled(), SAMPLE,
                new InventoryFile.CsvDefaults(Optional.empty(), LocalDate.of(2026, 12, 1)), Weights.DEFAULT);
        assertTrue(analysed.problems().isEmpty(), analysed.problems().sorted().toString());
        analysis = analysed.analysis().orElseThrow();
    }

    static Assessment of(String id) {
        return analysis.assessments().stream().filter(a -> a.application().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyNameIsMatchedAsExpected() {
        Map<String, String> expected = new LinkedHashMap<>();
        // id in the inventory = catalogue id and confidence; "-" for unmatched
        String table = """
                entra-id microsoft-entra-id GIVEN
                intune microsoft-intune HIGH
                windows microsoft-windows HIGH
                office microsoft-office HIGH
                exchange microsoft-exchange-outlook HIGH
                outlook microsoft-exchange-outlook HIGH
                teams microsoft-teams HIGH
                sharepoint microsoft-sharepoint-onedrive HIGH
                onedrive microsoft-sharepoint-onedrive HIGH
                power-bi microsoft-power-bi HIGH
                password-manager 1password MEDIUM
                azure microsoft-azure MEDIUM
                aws amazon-web-services MEDIUM
                citrix citrix HIGH
                veeam veeam HIGH
                zaaksysteem centric-zaaksysteem HIGH
                burgerzaken pinkroccade-iburgerzaken GIVEN
                sociaal-domein - NONE
                topdesk topdesk HIGH
                arcgis esri-arcgis GIVEN
                docusign docusign HIGH
                acrobat adobe-acrobat HIGH
                website drupal MEDIUM
                google-maps google-maps HIGH
                google-analytics google-analytics HIGH
                open-formulieren open-formulieren GIVEN
                signalen signalen GIVEN
                whatsapp whatsapp HIGH
                mailchimp mailchimp HIGH
                surveymonkey surveymonkey HIGH
                zoom-webinars zoom-webinars GIVEN
                x x HIGH
                facebook facebook HIGH
                instagram instagram HIGH
                linkedin linkedin HIGH
                youtube youtube MEDIUM
                deepl deepl HIGH
                chatgpt chatgpt MEDIUM
                nextcloud nextcloud-hub MEDIUM
                parkeervergunningen - NONE
                begraafplaatsen - NONE
                """;
        table.lines().forEach(line -> {
            String[] parts = line.split(" ");
            expected.put(parts[0], parts[1] + " " + parts[2]);
        });
        Map<String, String> actual = new LinkedHashMap<>();
        analysis.matches().forEach(m -> actual.put(m.application().id(),
                m.entry().map(e -> e.id()).orElse("-") + " " + m.confidence()));
        assertEquals(expected, actual);
    }

    @Test
    void unmatchedNamesAreListedWithTheirSuggestionsNotDropped() {
        List<Match> unmatched = analysis.matches().stream().filter(m -> !m.matched()).toList();
        assertEquals(List.of("sociaal-domein", "parkeervergunningen", "begraafplaatsen"),
                unmatched.stream().map(m -> m.application().id()).toList());
        assertEquals(Confidence.NONE, unmatched.get(0).confidence());
        assertTrue(unmatched.get(0).suggestions().stream().anyMatch(e -> e.id().equals("pinkroccade-iburgerzaken")),
                unmatched.get(0).suggestions().toString());
        assertEquals(41, analysis.assessments().size(), "every application is judged, matched or not");
    }

    @Test
    void scoresFollowTheRulesWorkedOutByHand() {
        // Azure AD: Microsoft (US) as a service 10, product with exports 6, A/I high 10, personal 7 vs V high 10 -> 10.
        // (30*10 + 25*6 + 25*10 + 20*10) / 100 = 900 / 100 = 90
        assertEquals(List.of(10, 6, 10, 10), of("entra-id").factors());
        assertEquals(90, of("entra-id").risk());
        // Veeam: US vendor run on premises 6, exports 6, integrity high 10, special data 10:
        // (180 + 150 + 250 + 200) / 100 = 78
        assertEquals(78, of("veeam").risk());
        // Google Maps: availability low, but the website (critical) needs it, so it counts as high: 10.
        // Public data 1 vs confidentiality low 2 -> 2. (300 + 150 + 250 + 40) / 100 = 74
        assertEquals(List.of("website"), of("google-maps").criticalVia());
        assertEquals(74, of("google-maps").risk());
        // The zaaksysteem: Centric (NL) 0, no documented export 10, high 10, special 10: (0+250+250+200)/100 = 70
        assertEquals(Assessment.LockInLevel.HIGH, of("zaaksysteem").lockIn());
        assertEquals(70, of("zaaksysteem").risk());
        // An unknown vendor: unknown 5 and 5; integrity high 10; personal 7 vs V medium 6 -> 7:
        // (150 + 125 + 250 + 140) / 100 = 6.65 -> 67 rounded half up
        assertEquals(67, of("begraafplaatsen").risk());
        // Drupal, run on the municipality's own private cloud: EU 0, open source 1, A high 10, public 1 vs V low 2:
        // (0 + 25 + 250 + 40) / 100 = 3.15 -> 32
        assertEquals(32, of("website").risk());
    }

    @Test
    void effortComesFromTheGuidePlusUsersAndDependents() {
        // Office: its guide is medium work (2), 580 users (+1) -> 3
        assertEquals(3, of("office").effort());
        assertEquals(List.of("guide-medium", "many-users"), of("office").effortReasons());
        // Azure AD: high (3), 600 users (+1), needed directly by 17 applications (+1) -> 5
        assertEquals(5, of("entra-id").effort());
        // WhatsApp: a low-effort guide to Signal, 18 users -> 1
        assertEquals(1, of("whatsapp").effort());
        assertEquals("signal", of("whatsapp").recommended().get(0).id());
        // Already an alternative: nothing to move to, no effort
        assertEquals(0, of("nextcloud").effort());
        assertTrue(of("nextcloud").recommended().isEmpty());
    }

    @Test
    void theRoadmapPutsMostRiskPerEffortFirstAndFollowsContracts() {
        List<Roadmap.Step> roadmap = analysis.roadmap();
        assertEquals(List.of("whatsapp", "google-maps", "facebook", "google-analytics", "surveymonkey", "x", "arcgis"),
                roadmap.stream().limit(7).map(s -> s.assessment().application().id()).toList());
        assertEquals("zaaksysteem", roadmap.get(roadmap.size() - 1).assessment().application().id());
        assertEquals(32, roadmap.size());
        Roadmap.Step arcgis = roadmap.get(6);
        // Effort 2 takes six months and is done when the contract ends on 2029-12-31.
        assertEquals(Roadmap.Timing.CONTRACT, arcgis.timing());
        assertEquals(LocalDate.of(2029, 6, 30), arcgis.start());
        assertEquals(LocalDate.of(2029, 12, 31), arcgis.ready());
        // SurveyMonkey's contract ends 2027-02-28, before a three-month move from 2026-12-01 is done.
        Roadmap.Step survey = roadmap.get(4);
        assertEquals(Roadmap.Timing.CONTRACT_TOO_SOON, survey.timing());
        assertEquals(LocalDate.of(2026, 12, 1), survey.start());
        // WhatsApp has no contract end and ranks first: starts now.
        assertEquals(Roadmap.Timing.PRIORITY, roadmap.get(0).timing());
        assertEquals(LocalDate.of(2026, 12, 1), roadmap.get(0).start());
    }

    @Test
    void exposureFiguresMatchTheHandCount() {
        Map<String, Exposure.Measure> measures = analysis.exposure().measures().stream()
                .collect(Collectors.toMap(Exposure.Measure::key, m -> m));
        // Use: 6,518 users added up over 41 applications. Under EU control or the municipality's own:
        // zaaksysteem 420, burgerzaken 40, sociaal domein 95 (Centric, NL), TOPdesk 600, Drupal 25,
        // Open Formulieren 15, Signalen 70, DeepL 40, Nextcloud 60, parkeervergunningen 12 = 1,377;
        // unknown: begraafplaatsen 5. Outside the EU: 6,518 - 1,377 - 5 = 5,136.
        assertEquals(new Exposure.Measure("users", 6518, 5136, 5, 6236), measures.get("users"));
        // Critical: 11; outside the EU: Azure AD, Windows, Exchange, Teams, Azure, AWS, Citrix = 7.
        // Locked in: those 7 minus nothing plus the zaaksysteem and iBurgerzaken (products) = 9;
        // the website (Drupal) and the sociaal-domein application (unknown) are not.
        assertEquals(new Exposure.Measure("critical", 11, 7, 0, 9), measures.get("critical"));
        assertEquals(64, Exposure.percent(7, 11));
        assertEquals(79, Exposure.percent(5136, 6518));
        assertEquals(41, measures.get("applications").whole());
    }

    @Test
    void everyCriticalServiceHasAContinuityEntry() {
        List<String> critical = analysis.inventory().applications().stream().filter(a -> a.critical())
                .map(a -> a.id()).toList();
        assertEquals(List.of("entra-id", "windows", "exchange", "teams", "azure", "aws", "citrix", "zaaksysteem",
                "burgerzaken", "sociaal-domein", "website"), critical);
        assertEquals(critical, analysis.continuity().stream().map(s -> s.assessment().application().id()).toList());
        Continuity.Service exchange = analysis.continuity().get(2);
        assertEquals(List.of("outlook", "teams", "topdesk", "signalen"),
                exchange.stops().stream().map(a -> a.id()).toList());
        assertEquals(600, exchange.largestGroup(), "TOPdesk's 600 users are the largest group that stops");
        assertTrue(exchange.channelDown(), "e-mail is a channel");
        assertTrue(exchange.channels().stream().noneMatch(a -> a.id().equals("outlook") || a.id().equals("teams")),
                "a channel that stops with Exchange is no fallback");
        assertEquals("thunderbird", exchange.fallbacks().get(0).id());
        assertTrue(exchange.exports().contains("PST"));
        Continuity.Service website = analysis.continuity().get(10);
        assertTrue(website.hosting().size() >= 1, "Drupal in use: other ways to run it");
        assertEquals(List.of("aws", "google-maps"), website.needs().stream().map(a -> a.id()).toList());
    }

    @Test
    void procurementListsContractsEndingWithinTwoYears() {
        List<String> ids = analysis.procurement().stream().map(c -> c.assessment().application().id()).toList();
        assertEquals(List.of("chatgpt", "zoom-webinars", "surveymonkey", "password-manager", "deepl", "begraafplaatsen",
                "power-bi", "acrobat", "citrix", "sociaal-domein", "azure", "docusign", "burgerzaken", "aws", "veeam"),
                ids);
        assertEquals(0, analysis.procurement().get(0).monthsLeft());
        assertEquals(List.of("procurement-clauses", "exit-strategy"),
                analysis.clauseTopics().stream().map(t -> t.id()).toList());
    }

    @Test
    void weightsChangeTheScore() {
        Generator.Analysed jurisdictionOnly = Generator.analyse(Generator.LoadRequest.bundled(), SAMPLE,
                new InventoryFile.CsvDefaults(Optional.empty(), LocalDate.of(2026, 12, 1)), new Weights(100, 0, 0, 0));
        Analysis only = jurisdictionOnly.analysis().orElseThrow();
        assertEquals(100, only.assessments().get(0).risk(), "Azure AD as a US service");
        assertEquals(0, only.assessments().stream().filter(a -> a.application().id().equals("topdesk")).findFirst()
                .orElseThrow().risk(), "TOPdesk is Dutch");
    }
}
