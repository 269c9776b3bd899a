package org.marketingworkbench.recommend;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.marketingworkbench.common.AtomicFiles;
import org.marketingworkbench.common.Progress;

/**
 * Writes the recommendation files: UTF-8 with a byte-order mark for Excel, cells that start
 * with = + - @ tab or CR prefixed with a single quote against formula injection. Kept in one
 * class so the shared exporter can replace it.
 */
public final class RecommendCsv {
    private static final int REASONS = 3;
    private static final int USERS_PER_CHECK = 1024;

    private RecommendCsv() {
    }

    /** customer, rank (1 = best), item, score, because: one row per recommendation. */
    public static void writeRecommendations(Path file, ItemBasedModel model, Recommendations recommendations,
            Progress progress) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = open(out);
            row(writer, List.of("customer", "rank", "item", "score", "because"));
            Explainer explainer = new Explainer(model, REASONS);
            for (int user = 0; user < recommendations.userCount(); user++) {
                if (user % USERS_PER_CHECK == 0) {
                    progress.checkCancelled();
                    progress.update(user, recommendations.userCount(), "");
                }
                String customer = recommendations.users().name(user);
                for (Explanation explanation : explainer.explain(user, recommendations)) {
                    row(writer, List.of(customer, Integer.toString(explanation.rank() + 1), explanation.name(),
                            number(recommendations.score(user, explanation.rank())), explanation.because()));
                }
            }
            writer.flush();
        });
    }

    /** method, n, tested customers and the five metrics, for the model and both baselines. */
    public static void writeMetrics(Path file, String modelName, EvaluationResult evaluation) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = open(out);
            row(writer, List.of("method", "n", "tested_customers", "precision_at_n", "recall_at_n", "hit_rate",
                    "ndcg", "coverage"));
            metricsRow(writer, modelName, evaluation, evaluation.model());
            metricsRow(writer, "popularity", evaluation, evaluation.popularity());
            metricsRow(writer, "random", evaluation, evaluation.random());
            writer.flush();
        });
    }

    private static void metricsRow(Writer writer, String name, EvaluationResult evaluation, Metrics metrics)
            throws IOException {
        row(writer, List.of(name, Integer.toString(evaluation.top()), Integer.toString(evaluation.testedUsers()),
                number(metrics.precisionAtN()), number(metrics.recallAtN()), number(metrics.hitRate()),
                number(metrics.ndcg()), number(metrics.coverage())));
    }

    private static Writer open(java.io.OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        return writer;
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static void row(Writer writer, List<String> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                writer.write(',');
            }
            writer.write(cell(cells.get(c)));
        }
        writer.write("\r\n");
    }

    static String cell(String text) {
        String guarded = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (guarded.indexOf(',') >= 0 || guarded.indexOf('"') >= 0 || guarded.indexOf('\n') >= 0
                || guarded.indexOf('\r') >= 0 || !guarded.equals(guarded.strip())) {
            return '"' + guarded.replace("\"", "\"\"") + '"';
        }
        return guarded;
    }
}
