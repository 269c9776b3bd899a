package org.marketingworkbench.recommend;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.marketingworkbench.common.AtomicFiles;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.i18n.Messages;

/**
 * Writes the recommendation files: UTF-8 with a byte-order mark for Excel, cells that start
 * with = + - @ tab or CR prefixed with a single quote against formula injection. Kept in one
 * class so the shared exporter can replace it.
 */
public final class RecommendCsv {
    private static final int REASONS = 3;
    private static final int USERS_PER_BLOCK = 1024;
    private static final int USERS_PER_CHUNK = 16 * USERS_PER_BLOCK;

    private RecommendCsv() {
    }

    /**
     * customer, rank (1 = best), item, score, because: one row per recommendation. Rows are
     * formatted in parallel blocks of customers and written in customer order.
     */
    public static void writeRecommendations(Path file, ItemBasedModel model, Recommendations recommendations,
            Progress progress) throws IOException {
        int users = recommendations.userCount();
        AtomicFiles.write(file, out -> {
            Writer writer = open(out);
            row(writer, List.of("customer", "rank", "item", "score", "because"));
            for (int from = 0; from < users; from += USERS_PER_CHUNK) {
                progress.checkCancelled();
                progress.update(from, users, Messages.get("recommend.progress.export"));
                int chunkStart = from;
                int chunkEnd = Math.min(users, from + USERS_PER_CHUNK);
                int blocks = (chunkEnd - chunkStart + USERS_PER_BLOCK - 1) / USERS_PER_BLOCK;
                List<String> texts = IntStream.range(0, blocks).parallel()
                        .mapToObj(block -> rows(model, recommendations, chunkStart + block * USERS_PER_BLOCK,
                                Math.min(chunkEnd, chunkStart + (block + 1) * USERS_PER_BLOCK)))
                        .toList();
                for (String block : texts) {
                    writer.write(block);
                }
            }
            writer.flush();
        });
        progress.update(users, users, Messages.get("recommend.progress.export"));
    }

    private static String rows(ItemBasedModel model, Recommendations recommendations, int from, int to) {
        StringWriter text = new StringWriter();
        Explainer explainer = new Explainer(model, REASONS);
        try {
            for (int user = from; user < to; user++) {
                String customer = recommendations.users().name(user);
                for (Explanation explanation : explainer.explain(user, recommendations)) {
                    row(text, List.of(customer, Integer.toString(explanation.rank() + 1), explanation.name(),
                            number(recommendations.score(user, explanation.rank())), explanation.because()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
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
