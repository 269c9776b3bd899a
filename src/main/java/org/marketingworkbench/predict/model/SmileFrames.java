package org.marketingworkbench.predict.model;

import java.util.ArrayList;
import java.util.List;
import org.marketingworkbench.predict.setup.FeatureKind;
import org.marketingworkbench.predict.setup.FittedPreprocessing;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.measure.NominalScale;
import smile.data.type.DataTypes;
import smile.data.type.StructField;
import smile.data.vector.BaseVector;
import smile.data.vector.DoubleVector;
import smile.data.vector.IntVector;
import tech.tablesaw.api.Table;

/**
 * Builds Smile data frames for the tree models: numbers as doubles, categories as nominal
 * attributes (integer codes with a {@link NominalScale}), never one-hot, because Smile's
 * split search handles nominal attributes properly and skips most cuts of 0/1 columns.
 */
public final class SmileFrames {
    /** The response column's name; a feature cannot take it since it is not a usual header. */
    public static final String TARGET = "__target__";

    private SmileFrames() {
    }

    /** The formula "target ~ all features". */
    public static Formula formula() {
        return Formula.lhs(TARGET);
    }

    /** The feature columns of the given rows, plus the target when {@code classes} is not null. */
    public static DataFrame frame(FittedPreprocessing preprocessing, Table table, int[] rows, int[] classes) {
        List<BaseVector<?, ?, ?>> vectors = new ArrayList<>();
        List<String> features = preprocessing.features();
        for (int feature = 0; feature < features.size(); feature++) {
            String name = features.get(feature);
            if (preprocessing.kind(feature) == FeatureKind.NUMBER) {
                double[] values = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    values[i] = preprocessing.number(table, feature, rows[i]);
                }
                vectors.add(DoubleVector.of(name, values));
            } else {
                int[] codes = new int[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    codes[i] = preprocessing.code(table, feature, rows[i]);
                }
                NominalScale scale = new NominalScale(preprocessing.levels(feature));
                vectors.add(IntVector.of(new StructField(name, DataTypes.IntegerType, scale), codes));
            }
        }
        if (classes != null) {
            int[] y = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                y[i] = classes[rows[i]];
            }
            vectors.add(IntVector.of(TARGET, y));
        }
        return DataFrame.of(vectors.toArray(BaseVector[]::new));
    }
}
