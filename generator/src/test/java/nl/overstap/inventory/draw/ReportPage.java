package nl.overstap.inventory.draw;

import java.util.List;

/** A page like the inventory report's: the drawings inline in figures, under a strict CSP. */
final class ReportPage {
    private ReportPage() {
    }

    static String html(String head) {
        LayoutBenchmark.Landscape landscape = LayoutBenchmark.landscape(30, 11);
        return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Rapport</title>" + head
                + "</head><body><main><h1>Rapport</h1>"
                + "<figure>" + DependencyDiagram.svg(DependencyDiagramTest.NODES, DependencyDiagramTest.EDGES,
                        DependencyDiagramTest.TEXT) + "<figcaption>De afhankelijkheden</figcaption></figure>"
                + "<figure>" + DependencyDiagram.svg(landscape.nodes(), landscape.edges(), DependencyDiagramTest.TEXT)
                + "<figcaption>Een groter landschap</figcaption></figure>"
                + "<figure>" + ChartsTest.chart() + "<figcaption>De blootstelling</figcaption></figure>"
                + "<figure>" + DependencyDiagram.svg(List.of(), List.of(), DependencyDiagramTest.TEXT)
                + "<figcaption>Leeg</figcaption></figure>"
                + "</main></body></html>";
    }
}
