package org.marketingworkbench.predict.explain;

import smile.base.cart.NominalNode;
import smile.base.cart.OrdinalNode;
import smile.data.Tuple;
import smile.data.type.StructType;

/**
 * Reads a Smile split's value through its public {@code branch} test. Smile 3.1.1 keeps the
 * value private and prints it rounded to six digits, so a rule built from the text could send
 * a row the other way; asking the node itself gives the exact value.
 */
final class SmileSplits {

    private SmileSplits() {
    }

    /** The largest number that an ordinal node sends to its true branch (it tests x <= value). */
    static double threshold(OrdinalNode node, StructType schema) {
        // Search over the ordered bit patterns of doubles: 64 halvings find the exact value.
        long low = sortable(-Double.MAX_VALUE);
        long high = sortable(Double.MAX_VALUE);
        if (!node.branch(probe(schema, node.feature(), -Double.MAX_VALUE))) {
            return Double.NEGATIVE_INFINITY;
        }
        if (node.branch(probe(schema, node.feature(), Double.MAX_VALUE))) {
            return Double.MAX_VALUE;
        }
        while (low + 1 < high) {
            long middle = (low >> 1) + (high >> 1) + (low & high & 1); // no overflow across the whole range
            if (node.branch(probe(schema, node.feature(), fromSortable(middle)))) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return fromSortable(low);
    }

    /** The level code a nominal node sends to its true branch (it tests x == value), or -1. */
    static int level(NominalNode node, StructType schema, int levels) {
        for (int code = 0; code < levels; code++) {
            if (node.branch(probe(schema, node.feature(), code))) {
                return code;
            }
        }
        return -1;
    }

    private static Tuple probe(StructType schema, int feature, double value) {
        Object[] row = emptyRow(schema);
        row[feature] = value;
        return Tuple.of(row, schema);
    }

    private static Tuple probe(StructType schema, int feature, int code) {
        Object[] row = emptyRow(schema);
        row[feature] = code;
        return Tuple.of(row, schema);
    }

    private static Object[] emptyRow(StructType schema) {
        Object[] row = new Object[schema.length()];
        for (int i = 0; i < row.length; i++) {
            row[i] = schema.field(i).type.isDouble() ? (Object) 0.0 : (Object) 0;
        }
        return row;
    }

    /** Maps doubles to longs with the same order (negative numbers flipped). */
    private static long sortable(double value) {
        long bits = Double.doubleToLongBits(value);
        return bits < 0 ? Long.MIN_VALUE - bits : bits;
    }

    private static double fromSortable(long sortable) {
        return Double.longBitsToDouble(sortable < 0 ? Long.MIN_VALUE - sortable : sortable);
    }
}
