package org.marketingworkbench.ui.workspace;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the bundled {@code sample-data} folder: {@code -Dmwb.sample.dir}, the working folder
 * (running from source), or beside the jar (the runnable jar and the installed app).
 */
public final class SampleDataLocator {
    private static final String FOLDER = "sample-data";

    /**
     * The sample's tables: the shop's own files in the order a marketer meets them, then Bank Marketing.
     * The folder also holds the generator's answer key and a citation text, which are no customer data.
     */
    private static final List<String> TABLES = List.of("customers.csv", "orders.csv", "products.csv",
            "cart_events.csv", "survey.csv", "social_engagement.csv", "campaigns.csv", "bank-full.csv");

    private SampleDataLocator() {
    }

    public static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("mwb.sample.dir");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        candidates.add(Path.of(FOLDER));
        codeLocation().ifPresent(code -> {
            Path folder = Files.isDirectory(code) ? code : code.getParent();
            Path dir = folder;
            for (int level = 0; level < 3 && dir != null; level++, dir = dir.getParent()) {
                candidates.add(dir.resolve(FOLDER));
            }
        });
        return candidates.stream().filter(Files::isDirectory).map(Path::toAbsolutePath).findFirst();
    }

    /**
     * The sample tables among {@code dataFiles}, shop files first, so that pages taking the first
     * suitable table take the shop's.
     */
    public static List<Path> sampleFiles(List<Path> dataFiles) {
        return dataFiles.stream().filter(file -> TABLES.contains(file.getFileName().toString()))
                .sorted(java.util.Comparator.comparingInt(file -> TABLES.indexOf(file.getFileName().toString())))
                .toList();
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = SampleDataLocator.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
