package nl.overstap.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.overstap.Fixtures;
import nl.overstap.Generator.LoadRequest;
import nl.overstap.serve.LiveSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code overstap serve}: an open page reloads by itself after a catalogue file changes. */
class LiveReloadBrowserTest {
    @TempDir
    Path dir;

    @Test
    void openPageReloadsAfterACatalogueChange() throws Exception {
        Browser.assumeAvailable();
        Path catalogue = catalogue();
        try (LiveSite live = serve(catalogue, "work", 0);
                Browser browser = new Browser(live.url().replaceAll("/$", ""))) {
            browser.open("nl/producten/microsoft-teams/index.html");
            assertEquals("Microsoft Teams", browser.driver.findElement(By.tagName("h1")).getText());
            Thread.sleep(1500); // let the page learn the current build version first
            Path product = catalogue.resolve("products/microsoft-teams.yaml");
            Files.writeString(product, Files.readString(product).replace("name: Microsoft Teams",
                    "name: Teams, herladen"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(
                    d -> d.findElement(By.tagName("h1")).getText().equals("Teams, herladen"));
            assertTrue(browser.requests.stream().allMatch(url -> url.startsWith(live.url())), browser.requests.toString());
        }
    }

    /**
     * A page left open while serve is stopped and started again on the same port comes back with the
     * new build, whether the page asks during the new server's first build or after it.
     */
    @Test
    void openPageComesBackAfterServeRestarts() throws Exception {
        Browser.assumeAvailable();
        Path catalogue = catalogue();
        LiveSite first = serve(catalogue, "work-1", 0);
        int port = URI.create(first.url()).getPort();
        try (Browser browser = new Browser(first.url().replaceAll("/$", ""))) {
            try {
                browser.open("nl/producten/microsoft-teams/index.html");
                assertEquals("Microsoft Teams", browser.driver.findElement(By.tagName("h1")).getText());
            } finally {
                first.close();
            }
            Path product = catalogue.resolve("products/microsoft-teams.yaml");
            Files.writeString(product, Files.readString(product).replace("name: Microsoft Teams",
                    "name: Teams, na herstart"));
            try (LiveSite second = serve(catalogue, "work-2", port)) {
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(
                        d -> d.findElement(By.tagName("h1")).getText().equals("Teams, na herstart"));
            }
        }
    }

    private Path catalogue() throws IOException {
        Path catalogue = dir.resolve("catalogue");
        Fixtures.write(catalogue, Fixtures.VALID);
        return catalogue;
    }

    private LiveSite serve(Path catalogue, String work, int port) throws IOException {
        return new LiveSite(new LoadRequest(List.of(catalogue)), Optional.empty(), dir.resolve(work), port,
                new PrintWriter(System.out, true));
    }
}
