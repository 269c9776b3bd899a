package org.marketingworkbench.data.column;

/**
 * A chunk and where its rows go in the table.
 *
 * @param chunk     the values
 * @param firstRow  the table row of the chunk's row 0
 * @param rows      how many rows of the chunk count (a chunk may hold one scratch row more)
 * @param firstLine what to add to the chunk's relative lines to get file lines
 */
public record ChunkRun(ColumnChunk chunk, int firstRow, int rows, long firstLine) {
}
