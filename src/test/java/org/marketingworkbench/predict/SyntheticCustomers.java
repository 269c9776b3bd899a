package org.marketingworkbench.predict;

import java.util.Random;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Test customers with planted purchase drivers: buying depends strongly on {@code channel = web}
 * and on {@code age} over 50, weakly on nothing else; {@code region} and {@code noise} carry no
 * signal. The buying odds are written out in {@link #table} so each test can reason about them.
 */
final class SyntheticCustomers {

    private SyntheticCustomers() {
    }

    static Table table(int rows, long seed) {
        Random random = new Random(seed);
        String[] channels = {"web", "store", "phone"};
        String[] regions = {"north", "south", "east", "west"};
        StringColumn id = StringColumn.create("customer_id");
        IntColumn age = IntColumn.create("age");
        StringColumn channel = StringColumn.create("channel");
        StringColumn region = StringColumn.create("region");
        DoubleColumn noise = DoubleColumn.create("noise");
        StringColumn buys = StringColumn.create("buys");
        for (int row = 0; row < rows; row++) {
            int years = 18 + random.nextInt(63);
            String way = channels[random.nextInt(channels.length)];
            // log-odds: -2.5, +2.2 for web, +1.8 for age over 50 -> P(buy) 0.08, 0.33, 0.43, 0.82
            double logOdds = -2.5 + (way.equals("web") ? 2.2 : 0) + (years > 50 ? 1.8 : 0);
            boolean bought = random.nextDouble() < 1 / (1 + Math.exp(-logOdds));
            id.append(String.format("C%05d", row));
            age.append(years);
            channel.append(way);
            region.append(regions[random.nextInt(regions.length)]);
            noise.append(random.nextGaussian());
            buys.append(bought ? "yes" : "no");
        }
        return Table.create("customers", id, age, channel, region, noise, buys);
    }
}
