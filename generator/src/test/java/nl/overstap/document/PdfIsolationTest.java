package nl.overstap.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import nl.overstap.model.Language;
import nl.overstap.render.Handout;
import org.junit.jupiter.api.Test;

/** A PDF is made from its handout alone: stylesheets, images and fonts it names are never fetched. */
class PdfIsolationTest {
    @Test
    void fetchesNothingTheHandoutNames() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            // The counter is live: a request of our own is counted.
            var probe = (java.net.HttpURLConnection) java.net.URI.create(base + "probe").toURL().openConnection();
            assertEquals(404, probe.getResponseCode());
            probe.disconnect();
            String html = "<!DOCTYPE html><html lang=\"nl\"><head><title>Los</title>"
                    + "<link rel=\"stylesheet\" href=\"" + base + "style.css\">"
                    + "<style>@import url(\"" + base + "import.css\"); @font-face { font-family: Web; src: url(\""
                    + base + "font.ttf\"); } body { font-family: Web, \"DejaVu Sans\"; background: url(\"" + base
                    + "back.png\"); }</style></head><body><h1>Los</h1><p>Tekst.</p><img src=\"" + base
                    + "image.png\" alt=\"Plaatje\"></body></html>";
            byte[] pdf = Pdf.of(new Handout("los", "Los", "Een los document", Language.NL, LocalDate.of(2026, 11, 1),
                    html));
            assertTrue(ReadBack.pdf(pdf).text().contains("Tekst."));
            assertEquals(1, requests.get(), "requests made while rendering, besides the probe");
        } finally {
            server.stop(0);
        }
    }
}
