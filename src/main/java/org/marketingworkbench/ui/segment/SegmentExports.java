package org.marketingworkbench.ui.segment;

import java.util.Set;
import org.marketingworkbench.segment.KSweepResult;
import org.marketingworkbench.segment.SegmentTables;
import org.marketingworkbench.segment.SegmentationResult;
import org.marketingworkbench.ui.workspace.InputTable;
import tech.tablesaw.api.Table;

/**
 * The tables behind the page's exports, of what is on screen. The export runs off the UI thread,
 * so the page hands over each new result and sweep here and the exports read that snapshot.
 */
public final class SegmentExports {
    private volatile Shown shown;
    private volatile KSweepResult sweep;

    /** The result on screen and the table it belongs to. */
    private record Shown(InputTable input, SegmentationResult result) {
    }

    void show(InputTable input, SegmentationResult result) {
        shown = result == null || input == null ? null : new Shown(input, result);
    }

    void show(KSweepResult value) {
        sweep = value;
    }

    /** Id (or row number), segment number and name, distance to the centre: one row per input row. */
    public Table assignments() {
        Shown current = shown;
        return current == null ? Table.create("assignments") : SegmentUse.assignments(current.input(), current.result());
    }

    /** One row per segment and feature: mean or share against the whole base, difference in SD. */
    public Table profiles() {
        Shown current = shown;
        return current == null ? Table.create("profiles") : SegmentTables.profiles(current.result());
    }

    /** One row per k swept: inertia, silhouette, Calinski-Harabasz, Davies-Bouldin, elbow, suggestion. */
    public Table sweep() {
        KSweepResult current = sweep;
        return current == null ? Table.create("sweep") : SegmentTables.sweep(current);
    }

    /** The personal-data columns of the input, pseudonymised in exports. */
    public Set<String> personalColumns() {
        Shown current = shown;
        return current == null ? Set.of() : current.input().personalColumns();
    }
}
