package org.marketingworkbench.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** The pandas / NumPy / matplotlib outputs in src/test/resources/peers/explore (see explore_peer.py there). */
final class Peers {

    private Peers() {
    }

    static Table read(String name) {
        try (InputStream in = Peers.class.getResourceAsStream("/peers/explore/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no peer file " + name);
            }
            return Table.read().usingOptions(CsvReadOptions.builder(in).tableName(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The peers' input table. */
    static Table customers() {
        return read("customers.csv");
    }

    /** A number from a peer table, by the label in its first column and a column name. */
    static double cell(Table peer, String rowLabel, String column) {
        for (int row = 0; row < peer.rowCount(); row++) {
            if (peer.column(0).getString(row).equals(rowLabel)) {
                // an empty cell (pandas' NaN) may come in a column Tablesaw did not read as numbers
                return peer.column(column).isMissing(row) ? Double.NaN : peer.numberColumn(column).getDouble(row);
            }
        }
        throw new IllegalArgumentException("no row " + rowLabel);
    }
}
