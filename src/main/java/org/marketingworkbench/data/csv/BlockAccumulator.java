package org.marketingworkbench.data.csv;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.data.RaggedRow;
import org.marketingworkbench.data.column.ChunkRun;
import org.marketingworkbench.data.column.ColumnBuilder;

/**
 * Takes the blocks of one pass over the file in order: appends each column's chunk to its
 * builder, and keeps the ragged rows, extra fields and blank
 * lines with table rows and file lines.
 */
final class BlockAccumulator implements ParallelCsvReader.BlockConsumer {

    private final ColumnBuilder[] builders;
    private final List<RaggedRow> ragged = new ArrayList<>();
    private final List<ExtraCell> extras = new ArrayList<>();
    private int rows;
    private long nextLine;
    private int shortRows;
    private int longRows;
    private int blankLines;
    private long unclosedQuoteLine = -1;

    /**
     * @param builders  a builder per column, null for columns this pass skips
     * @param firstLine the file line of the first data record
     */
    BlockAccumulator(ColumnBuilder[] builders, long firstLine) {
        this.builders = builders.clone();
        this.nextLine = firstLine;
    }

    @Override
    public void accept(BlockResult block) {
        if ((long) rows + block.rows() > Integer.MAX_VALUE - 16) {
            // a Tablesaw column holds at most about two billion rows
            throw new BadInputException("data.error.tooManyRows", (long) rows + block.rows());
        }
        for (int c = 0; c < builders.length; c++) {
            if (builders[c] != null) {
                builders[c].append(new ChunkRun(block.chunks()[c], rows, block.rows(), nextLine));
            }
            block.chunks()[c] = null;
        }
        for (RaggedRow row : block.ragged()) {
            ragged.add(new RaggedRow(row.row() + rows, row.line() + nextLine, row.fields(), row.expected()));
        }
        for (ExtraCell cell : block.extras()) {
            extras.add(new ExtraCell(cell.row() + rows, cell.column(), cell.text()));
        }
        shortRows += block.shortRows();
        longRows += block.longRows();
        blankLines += block.blankLines();
        if (block.unclosedQuoteLine() >= 0 && unclosedQuoteLine < 0) {
            unclosedQuoteLine = block.unclosedQuoteLine() + nextLine;
        }
        rows += block.rows();
        nextLine += block.lines();
    }

    ColumnBuilder builder(int column) {
        return builders[column];
    }

    int rows() {
        return rows;
    }

    List<RaggedRow> ragged() {
        return ragged;
    }

    /** Fields past the last column, with table rows. */
    List<ExtraCell> extras() {
        return extras;
    }

    int shortRows() {
        return shortRows;
    }

    int longRows() {
        return longRows;
    }

    int blankLines() {
        return blankLines;
    }

    /** The file line of a quote that is never closed, or -1. */
    long unclosedQuoteLine() {
        return unclosedQuoteLine;
    }
}
