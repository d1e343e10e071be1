package nl.overstap.inventory.draw;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places boxes and routes the arrows between them with the Eclipse Layout Kernel's layered
 * algorithm (Sugiyama style): arrows point right, from an application to what it needs, with
 * orthogonal bends. Cycles are broken by the algorithm itself (one arrow of each cycle then points
 * left), so any graph terminates. The random seed is fixed: the same graph gives the same layout.
 */
final class GraphLayout {
    static final double MARGIN = 12;

    /** A box to place: its size in pixels. */
    record Box(double width, double height) {
    }

    /** An arrow from box {@code from} to box {@code to}, by index. */
    record Link(int from, int to) {
    }

    record Point(double x, double y) {
    }

    /**
     * The outcome: the drawing's size, each box's top-left corner (in the order given) and each
     * link's route from its start on the source box to its end on the target box.
     */
    record Result(double width, double height, List<Point> corners, List<List<Point>> routes) {
    }

    static {
        // Outside Eclipse no plug-in registry announces the layered algorithm: register it by hand.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private GraphLayout() {
    }

    static Result run(List<Box> boxes, List<Link> links) {
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, boxes.size());
        List<ElkNode> nodes = new ArrayList<>(boxes.size());
        for (Box box : boxes) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(box.width(), box.height());
            nodes.add(node);
        }
        List<ElkEdge> edges = new ArrayList<>(links.size());
        for (Link link : links) {
            edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(link.from()), nodes.get(link.to())));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<Point> corners = nodes.stream().map(node -> new Point(node.getX(), node.getY())).toList();
        List<List<Point>> routes = edges.stream().map(GraphLayout::route).toList();
        return new Result(root.getWidth(), root.getHeight(), corners, routes);
    }

    /**
     * How many times crossing minimisation starts afresh: ELK's default of 7 up to about 430 boxes,
     * then fewer so that time grows about linearly (1 above 1,500). Crossing minimisation takes
     * most of the time on large graphs; on 2,000 random boxes one start gives about 5 % more
     * crossings than seven in a third of the time (see {@code LayoutBenchmark}).
     */
    static int thoroughness(int boxes) {
        return Math.max(1, Math.min(7, 3_000 / Math.max(1, boxes)));
    }

    private static void configure(ElkNode root, int boxes) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
        root.setProperty(LayeredOptions.PADDING, new ElkPadding(MARGIN));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 6.0);
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, true);
        root.setProperty(LayeredOptions.THOROUGHNESS, thoroughness(boxes));
    }

    private static List<Point> route(ElkEdge edge) {
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            add(points, new Point(section.getStartX(), section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                add(points, new Point(bend.getX(), bend.getY()));
            }
            add(points, new Point(section.getEndX(), section.getEndY()));
        }
        return List.copyOf(points);
    }

    /** Adds {@code point} unless it repeats the last one (sections join at a shared point). */
    private static void add(List<Point> points, Point point) {
        if (points.isEmpty() || !points.get(points.size() - 1).equals(point)) {
            points.add(point);
        }
    }
}
