package org.marketingworkbench.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.marketingworkbench.common.BadInputException;
import org.marketingworkbench.common.CancelledException;
import org.marketingworkbench.common.Progress;
import smile.validation.metric.AdjustedRandIndex;

class LloydKMeansTest {

    @Test
    void recoversWellSeparatedPlantedBlobs() {
        PlantedBlobs blobs = PlantedBlobs.fourSeparated(500, 7);
        Clustering clustering = LloydKMeans.fit(blobs.points(), KMeansOptions.of(4, 1), Progress.none());
        assertThat(AdjustedRandIndex.of(blobs.planted(), clustering.labels())).isGreaterThan(0.95);
    }

    @Test
    void inertiaEqualsJRecomputedFromAssignmentsAndCentroids() {
        PlantedBlobs blobs = PlantedBlobs.fourSeparated(3000, 11);
        Clustering clustering = LloydKMeans.fit(blobs.points(), KMeansOptions.of(4, 3), Progress.none());
        Points points = blobs.points();
        double[][] centres = clustering.centers();
        double j = 0;
        double fromDistances = 0;
        for (int row = 0; row < points.rows(); row++) {
            double squared = 0;
            for (int dim = 0; dim < points.dims(); dim++) {
                double difference = points.value(row, dim) - centres[clustering.label(row)][dim];
                squared += difference * difference;
            }
            j += squared;
            fromDistances += clustering.distance(row) * clustering.distance(row);
        }
        assertThat(clustering.inertia()).isCloseTo(j, within(1e-9 * j));
        assertThat(fromDistances).isCloseTo(j, within(1e-9 * j));
    }

    @Test
    void centroidsAreTheMeansOfTheirSegments() {
        PlantedBlobs blobs = PlantedBlobs.of(new double[][] {{0, 0}, {1.5, 0}, {0, 1.5}}, 400, 1.0, 3);
        Clustering clustering = LloydKMeans.fit(blobs.points(), KMeansOptions.of(3, 5), Progress.none());
        double[][] means = new double[3][2];
        int[] sizes = clustering.sizes();
        for (int row = 0; row < blobs.points().rows(); row++) {
            for (int dim = 0; dim < 2; dim++) {
                means[clustering.label(row)][dim] += blobs.points().value(row, dim) / sizes[clustering.label(row)];
            }
        }
        for (int c = 0; c < 3; c++) {
            assertThat(clustering.centers()[c]).containsExactly(means[c], within(1e-9));
        }
    }

    @Test
    void segmentsAreNumberedLargestFirst() {
        double[][] centres = {{0, 0}, {20, 0}, {0, 20}};
        PlantedBlobs blobs = PlantedBlobs.of(centres, 100, 1.0, 5);
        Points uneven = keepFirst(blobs, 3, new int[] {50, 100, 20});
        Clustering clustering = LloydKMeans.fit(uneven, KMeansOptions.of(3, 2), Progress.none());
        assertThat(clustering.sizes()).containsExactly(100, 50, 20);
    }

    @Test
    void sameSeedGivesIdenticalResultsWhateverTheThreadCount() {
        // 20,000 points span three chunks, so the threads really share the work
        PlantedBlobs blobs = PlantedBlobs.of(new double[][] {{0, 0, 0}, {2, 1, 0}, {0, 2, 1}, {2, 2, 2}}, 5000, 1, 9);
        KMeansOptions options = KMeansOptions.of(4, 42).withRestarts(3);
        Clustering first = LloydKMeans.fit(blobs.points(), options.withThreads(2), Progress.none());
        Clustering again = LloydKMeans.fit(blobs.points(), options.withThreads(2), Progress.none());
        Clustering oneThread = LloydKMeans.fit(blobs.points(), options.withThreads(1), Progress.none());
        for (Clustering other : List.of(again, oneThread)) {
            assertThat(other.labels()).isEqualTo(first.labels());
            assertThat(other.centers()).isEqualTo(first.centers());
            assertThat(other.inertia()).isEqualTo(first.inertia());
            assertThat(other.iterations()).isEqualTo(first.iterations());
        }
    }

    @Test
    void reachesScikitLearnsBestInertiaOnTheReferenceData() throws IOException {
        // quality_sklearn.json: KMeans(n_clusters=3, n_init=10, algorithm="lloyd", random_state=0).inertia_
        double sklearn = 360.1599856801153;
        Points points = referencePoints();
        Clustering clustering = LloydKMeans.fit(points, KMeansOptions.of(3, 1).withRestarts(10), Progress.none());
        assertThat(clustering.inertia()).isLessThanOrEqualTo(sklearn * (1 + 1e-9));
    }

    @Test
    void refillsAnEmptySegmentWithTheFarthestPoint() {
        PlantedBlobs blobs = PlantedBlobs.of(new double[][] {{0, 0}, {10, 10}}, 50, 1.0, 2);
        // the third start is far from every point, so it wins none in the first assignment
        double[][] start = {blobs.points().row(0), blobs.points().row(1), {1000, 1000}};
        Clustering clustering = LloydKMeans.fitFrom(blobs.points(), start, KMeansOptions.of(3, 1), Progress.none());
        assertThat(clustering.sizes()).hasSize(3).doesNotContain(0);
    }

    @Test
    void stopsWhenCancelledBetweenIterations() {
        PlantedBlobs blobs = PlantedBlobs.fourSeparated(2000, 4);
        AtomicInteger reports = new AtomicInteger();
        Progress cancelAfterFirstReports = new Progress() {
            @Override
            public void update(double done, double total, String message) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() >= 2;
            }
        };
        assertThatThrownBy(() -> LloydKMeans.fit(blobs.points(), KMeansOptions.of(4, 1).withRestarts(10),
                cancelAfterFirstReports)).isInstanceOf(CancelledException.class);
        assertThat(reports.get()).isLessThan(10);
    }

    @Test
    void refusesMoreSegmentsThanDistinctPoints() {
        Points points = Points.ofRows(new double[][] {{1, 1}, {1, 1}, {2, 2}, {2, 2}, {1, 1}});
        assertThatThrownBy(() -> LloydKMeans.fit(points, KMeansOptions.of(3, 1), Progress.none()))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).key()).isEqualTo("segment.error.kTooLarge"))
                .hasMessageContaining("only 2 different customers");
    }

    @Test
    void refusesFewerThanTwoSegments() {
        assertThatThrownBy(() -> KMeansOptions.of(1, 1)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("at least 2");
    }

    static Points referencePoints() throws IOException {
        Path file = Path.of("src/test/resources/peers/segment/quality_data.csv");
        List<String> lines = Files.readAllLines(file).subList(1, 91);
        double[][] rows = lines.stream()
                .map(line -> line.split(","))
                .map(cells -> new double[] {Double.parseDouble(cells[0]), Double.parseDouble(cells[1]),
                    Double.parseDouble(cells[2])})
                .toArray(double[][]::new);
        return Points.ofRows(rows);
    }

    static int[] referenceLabels() throws IOException {
        Path file = Path.of("src/test/resources/peers/segment/quality_data.csv");
        return Files.readAllLines(file).subList(1, 91).stream().mapToInt(line -> Integer.parseInt(line.split(",")[3]))
                .toArray();
    }

    private static Points keepFirst(PlantedBlobs blobs, int blobCount, int[] keep) {
        int[] taken = new int[blobCount];
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        for (int row = 0; row < blobs.points().rows(); row++) {
            int blob = blobs.planted()[row];
            if (taken[blob] < keep[blob]) {
                taken[blob]++;
                rows.add(blobs.points().row(row));
            }
        }
        return Points.ofRows(rows.toArray(double[][]::new));
    }
}
