package org.marketingworkbench.prepare.steps;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.prepare.ValueCounts;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Per-customer sums of order lines in primitive arrays, filled in one pass (see {@link AggregateCustomers}). */
final class CustomerTotals {
    private final Column<?> customers;
    private final boolean withProducts;
    private final List<Integer> firstRows = new ArrayList<>();
    private final Map<Object, Integer> customerIndex = new HashMap<>();
    private final LongOpenHashSet customerOrders = new LongOpenHashSet();
    private final LongOpenHashSet customerProducts = new LongOpenHashSet();
    private final Map<Object, Integer> orderIndex = new HashMap<>();
    private final Map<Object, Integer> productIndex = new HashMap<>();
    private final List<String> categoryLabels;
    private final Map<Object, Integer> categoryIndex = new HashMap<>();
    private int[] orderCounts = new int[16];
    private int[] productCounts = new int[16];
    private double[] spend = new double[16];
    private long[] firstDay = new long[16];
    private long[] lastDay = new long[16];
    private double[][] categorySpend;
    private int skippedLines;

    private CustomerTotals(Column<?> customers, boolean withProducts, Column<?> categories) {
        this.customers = customers;
        this.withProducts = withProducts;
        this.categoryLabels = new ArrayList<>();
        if (categories != null) {
            for (ValueCounts.ValueCount value : ValueCounts.of(categories).stream().sorted(ValueCounts.BY_VALUE).toList()) {
                categoryIndex.put(value.value(), categoryLabels.size());
                categoryLabels.add(value.label());
            }
        }
        categorySpend = new double[categoryLabels.size()][16];
    }

    static CustomerTotals of(Column<?> customers, Column<?> orders, DateReader dates, double[] amounts,
            Column<?> products, Column<?> categories, Progress progress) {
        CustomerTotals totals = new CustomerTotals(customers, products != null, categories);
        for (int row = 0; row < customers.size(); row++) {
            StepSupport.checkEvery(progress, row);
            if (customers.isMissing(row)) {
                totals.skippedLines++;
                continue;
            }
            int customer = totals.customerOf(row);
            double amount = Double.isNaN(amounts[row]) ? 0 : amounts[row];
            totals.spend[customer] += amount;
            if (!orders.isMissing(row) && totals.customerOrders.add(pair(customer, index(totals.orderIndex, orders.get(row))))) {
                totals.orderCounts[customer]++;
            }
            if (products != null && !products.isMissing(row)
                    && totals.customerProducts.add(pair(customer, index(totals.productIndex, products.get(row))))) {
                totals.productCounts[customer]++;
            }
            if (categories != null && !categories.isMissing(row)) {
                totals.categorySpend[totals.categoryIndex.get(categories.get(row))][customer] += amount;
            }
            LocalDate date = dates.at(row);
            if (date != null) {
                long day = date.toEpochDay();
                totals.firstDay[customer] = Math.min(totals.firstDay[customer], day);
                totals.lastDay[customer] = Math.max(totals.lastDay[customer], day);
            }
        }
        return totals;
    }

    private int customerOf(int row) {
        Integer known = customerIndex.get(customers.get(row));
        if (known != null) {
            return known;
        }
        int customer = firstRows.size();
        customerIndex.put(customers.get(row), customer);
        firstRows.add(row);
        if (customer == spend.length) {
            grow(customer * 2);
        }
        firstDay[customer] = Long.MAX_VALUE;
        lastDay[customer] = Long.MIN_VALUE;
        return customer;
    }

    private void grow(int size) {
        orderCounts = Arrays.copyOf(orderCounts, size);
        productCounts = Arrays.copyOf(productCounts, size);
        spend = Arrays.copyOf(spend, size);
        firstDay = Arrays.copyOf(firstDay, size);
        lastDay = Arrays.copyOf(lastDay, size);
        for (int category = 0; category < categorySpend.length; category++) {
            categorySpend[category] = Arrays.copyOf(categorySpend[category], size);
        }
    }

    private static int index(Map<Object, Integer> indexes, Object value) {
        return indexes.computeIfAbsent(value, key -> indexes.size());
    }

    private static long pair(int customer, int other) {
        return ((long) customer << 32) | (other & 0xFFFFFFFFL);
    }

    int customerCount() {
        return firstRows.size();
    }

    int skippedLines() {
        return skippedLines;
    }

    /** Customers whose last purchase is after {@code asOf} (their recency is negative). */
    long linesAfter(LocalDate asOf) {
        long day = asOf.toEpochDay();
        long count = 0;
        for (int customer = 0; customer < customerCount(); customer++) {
            if (lastDay[customer] != Long.MIN_VALUE && lastDay[customer] > day) {
                count++;
            }
        }
        return count;
    }

    Table toTable(String name, LocalDate asOf) {
        int count = customerCount();
        int[] rows = firstRows.stream().mapToInt(Integer::intValue).toArray();
        IntColumn recency = IntColumn.create("recency", count);
        DateColumn first = DateColumn.create("first_purchase", count);
        DateColumn last = DateColumn.create("last_purchase", count);
        double[] average = new double[count];
        for (int customer = 0; customer < count; customer++) {
            if (lastDay[customer] != Long.MIN_VALUE) {
                recency.set(customer, (int) (asOf.toEpochDay() - lastDay[customer]));
                first.set(customer, LocalDate.ofEpochDay(firstDay[customer]));
                last.set(customer, LocalDate.ofEpochDay(lastDay[customer]));
            }
            average[customer] = orderCounts[customer] == 0 ? Double.NaN : spend[customer] / orderCounts[customer];
        }
        Table table = Table.create(name, customers.subset(rows), recency,
                IntColumn.create("frequency", Arrays.copyOf(orderCounts, count)),
                DoubleColumn.create("monetary", Arrays.copyOf(spend, count)),
                DoubleColumn.create("average_spend", average));
        if (withProducts) {
            table.addColumns(IntColumn.create("distinct_products", Arrays.copyOf(productCounts, count)));
        }
        table.addColumns(first, last);
        for (int category = 0; category < categoryLabels.size(); category++) {
            double[] shares = new double[count];
            for (int customer = 0; customer < count; customer++) {
                shares[customer] = spend[customer] == 0 ? Double.NaN : categorySpend[category][customer] / spend[customer];
            }
            table.addColumns(DoubleColumn.create("share_" + categoryLabels.get(category), shares));
        }
        return table;
    }
}
