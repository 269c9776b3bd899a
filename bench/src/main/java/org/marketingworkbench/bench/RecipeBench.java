package org.marketingworkbench.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.ApplyContext;
import org.marketingworkbench.prepare.Recipe;
import org.marketingworkbench.prepare.Step;
import org.marketingworkbench.prepare.StepInput;
import org.marketingworkbench.prepare.StepOutcome;
import org.marketingworkbench.prepare.StepTypes;
import org.marketingworkbench.prepare.steps.Bin;
import org.marketingworkbench.prepare.steps.FillMissing;
import org.marketingworkbench.prepare.steps.FilterRows;
import org.marketingworkbench.prepare.steps.OneHot;
import org.marketingworkbench.prepare.steps.Outliers;
import org.marketingworkbench.prepare.steps.Recode;
import org.marketingworkbench.prepare.steps.RemoveDuplicates;
import org.marketingworkbench.prepare.steps.Scale;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A recipe of 8 steps (fill missing, remove duplicates, cap outliers, filter, recode, one-hot,
 * scale, bin) on 1,000,000 generated customer rows; pandas does the same steps on the same rows
 * (bench/peers/recipe_pandas.py), alternating with ours, median of 3 runs after a warm-up.
 */
public final class RecipeBench {
    private static final int ROWS = 1_000_000;
    private static final int RUNS = 3;

    private RecipeBench() {
    }

    public static void main(String[] args) throws Exception {
        Table customers = generate(ROWS, new Random(42));
        Recipe recipe = recipe();
        Path csv = BenchSupport.tempDir().resolve("recipe-customers.csv");
        customers.write().csv(csv.toFile());
        var python = BenchSupport.python("pandas", "numpy");
        run(recipe, customers);
        double[][] ours = new double[RUNS][];
        double[][] peer = new double[RUNS][];
        for (int run = 0; run < RUNS; run++) {
            ours[run] = run(recipe, customers);
            if (python.isPresent()) {
                peer[run] = pandas(python.get(), csv);
            }
        }
        List<Step> steps = recipe.steps();
        for (int step = 0; step <= steps.size(); step++) {
            String name = step == steps.size() ? "recipe-8-steps-1m" : "recipe-1m-step" + (step + 1) + "-"
                    + StepTypes.idOf(steps.get(step));
            double oursSeconds = median(ours, step);
            if (python.isPresent()) {
                double peerSeconds = median(peer, step);
                BenchSupport.report(name, "ours_s", oursSeconds, "peer", "pandas", "peer_s", peerSeconds, "ratio",
                        oursSeconds / peerSeconds, "rows", ROWS);
            } else {
                BenchSupport.report(name, "ours_s", oursSeconds, "peer", "none:pandas_not_installed", "rows", ROWS);
            }
        }
    }

    static Recipe recipe() {
        return Recipe.on("customers")
                .add(new FillMissing(true, List.of(new FillMissing.ColumnFill("age", FillMissing.Method.MEDIAN, null),
                        new FillMissing.ColumnFill("city", FillMissing.Method.MODE, null))))
                .add(RemoveDuplicates.on())
                .add(Outliers.of(Outliers.Method.IQR, Outliers.Action.CAP, "income"))
                .add(FilterRows.where(FilterRows.Combine.ALL,
                        FilterRows.Condition.of("age", FilterRows.Operator.GREATER_OR_EQUAL, "18")))
                .add(Recode.of("gender", Recode.Unmapped.MISSING, null, new Recode.Mapping("男", "1"),
                        new Recode.Mapping("M", "1"), new Recode.Mapping("male", "1"), new Recode.Mapping("女", "0"),
                        new Recode.Mapping("F", "0"), new Recode.Mapping("female", "0")))
                .add(OneHot.of("city"))
                .add(Scale.of(Scale.Method.Z_SCORE, "income", "spend"))
                .add(Bin.of("age", Bin.Method.QUANTILES, 5));
    }

    /** Seconds per step, then the total, for one application of the recipe. */
    private static double[] run(Recipe recipe, Table customers) {
        ApplyContext context = ApplyContext.of("customers", customers);
        double[] seconds = new double[recipe.steps().size() + 1];
        StepInput input = StepInput.of(customers);
        for (int step = 0; step < recipe.steps().size(); step++) {
            long start = System.nanoTime();
            StepOutcome outcome = recipe.steps().get(step).apply(input, context, Progress.none());
            seconds[step] = (System.nanoTime() - start) / 1e9;
            seconds[seconds.length - 1] += seconds[step];
            input = outcome.asInput();
        }
        return seconds;
    }

    private static double[] pandas(String python, Path csv) throws Exception {
        List<String> command = List.of(python, BenchSupport.peerScript("recipe_pandas.py").toString(), csv.toString());
        List<String> lines = BenchSupport.run(command, 10);
        String last = lines.get(lines.size() - 1).trim();
        return Arrays.stream(last.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static double median(double[][] runs, int index) {
        return BenchSupport.median(Arrays.stream(runs).mapToDouble(run -> run[index]).toArray());
    }

    /** Customers with gaps, repeated rows, outliers and mixed gender spellings, like a real export. */
    static Table generate(int rows, Random random) {
        String[] genders = {"男", "女", "M", "F", "male", "female", "unknown"};
        String[] cities = {"Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Chengdu", "Hangzhou", "Wuhan", "Xi'an",
            "Nanjing", "Chongqing", "Tianjin", "Suzhou"};
        int[] id = new int[rows];
        int[] age = new int[rows];
        double[] income = new double[rows];
        double[] spend = new double[rows];
        int[] visits = new int[rows];
        List<String> gender = new ArrayList<>(rows);
        List<String> city = new ArrayList<>(rows);
        List<LocalDate> signup = new ArrayList<>(rows);
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int row = 0; row < rows; row++) {
            if (row > 0 && random.nextInt(100) == 0) {
                int earlier = random.nextInt(row);
                id[row] = id[earlier];
                age[row] = age[earlier];
                income[row] = income[earlier];
                spend[row] = spend[earlier];
                visits[row] = visits[earlier];
                gender.add(gender.get(earlier));
                city.add(city.get(earlier));
                signup.add(signup.get(earlier));
                continue;
            }
            id[row] = row + 1;
            age[row] = random.nextInt(20) == 0 ? Integer.MIN_VALUE : 12 + random.nextInt(70);
            income[row] = random.nextInt(20) == 0 ? Double.NaN
                    : Math.exp(8.5 + 0.6 * random.nextGaussian()) * (random.nextInt(500) == 0 ? 20 : 1);
            spend[row] = Math.round(random.nextDouble() * 500_00) / 100.0;
            visits[row] = random.nextInt(30);
            gender.add(genders[random.nextInt(genders.length)]);
            city.add(random.nextInt(50) == 0 ? "" : cities[random.nextInt(cities.length)]);
            signup.add(start.plusDays(random.nextInt(1500)));
        }
        IntColumn ages = IntColumn.create("age", age);
        return Table.create("customers", IntColumn.create("id", id), ages, DoubleColumn.create("income", income),
                DoubleColumn.create("spend", spend), IntColumn.create("visits", visits),
                StringColumn.create("gender", gender), StringColumn.create("city", city),
                DateColumn.create("signup", signup));
    }
}
