package org.marketingworkbench.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two years of orders (2024-07-01 to 2026-06-30): each customer's order dates follow their group's
 * frequency and recency, each basket draws from the group's categories, the customer's favourite
 * sub-categories and the planted associations. Then a few lines get an absurd quantity and a few
 * are returned.
 */
final class OrderGenerator {

    static final LocalDate WINDOW_START = SampleDataGenerator.REFERENCE_DATE.minusYears(2).plusDays(1);
    static final int RETURNS = 180;
    /** Quantities typed with extra digits on lines of cheap products: the planted quantity outliers. */
    static final List<Integer> OUTLIER_QUANTITIES = List.of(120, 150, 180, 200, 240, 300);
    private static final int MAX_LINES = 5;

    /** The order lines in file order (returns right after their order), and the planted outliers. */
    record Orders(List<OrderLine> lines, List<OrderLine> quantityOutliers, List<OrderLine> returns) {
    }

    private record Draft(Customer customer, LocalDate date, int sequence, List<Product> products,
            List<Integer> quantities) {
    }

    private final SampleRandom random;
    private final ProductCatalogue catalogue;

    OrderGenerator(long seed, ProductCatalogue catalogue) {
        this.random = new SampleRandom(seed, "orders");
        this.catalogue = catalogue;
    }

    Orders generate(List<Customer> customers) {
        List<Draft> drafts = new ArrayList<>();
        for (Customer customer : customers) {
            List<LocalDate> dates = orderDates(customer);
            for (int i = 0; i < dates.size(); i++) {
                drafts.add(basket(customer, dates.get(i), i));
            }
        }
        drafts.sort(Comparator.comparing(Draft::date).thenComparing(d -> d.customer().index())
                .thenComparing(Draft::sequence));
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            String orderId = String.format(Locale.ROOT, "SO%06d", i + 1);
            for (int j = 0; j < draft.products().size(); j++) {
                lines.add(new OrderLine(orderId, draft.customer(), draft.date(), draft.products().get(j),
                        draft.quantities().get(j), OrderLine.COMPLETED));
            }
        }
        List<OrderLine> outliers = plantQuantityOutliers(lines);
        List<OrderLine> returns = plantReturns(lines, outliers);
        return new Orders(List.copyOf(lines), outliers, returns);
    }

    private List<LocalDate> orderDates(Customer customer) {
        CustomerGroup group = customer.group();
        LocalDate start = customer.signupDate().isAfter(WINDOW_START) ? customer.signupDate() : WINDOW_START;
        LocalDate last = SampleDataGenerator.REFERENCE_DATE.minusDays(
                random.between(group.recencyDays.min(), group.recencyDays.max()));
        if (last.isBefore(start)) {
            last = start;
        }
        List<LocalDate> dates = new ArrayList<>();
        dates.add(last);
        int count = random.between(group.orders.min(), group.orders.max());
        for (int i = 1; i < count; i++) {
            LocalDate date = random.dateBetween(start, last);
            if (group == CustomerGroup.BARGAIN_HUNTER && random.chance(0.4)) {
                date = nearestPromotion(date, start, last);
            }
            dates.add(date);
        }
        dates.sort(Comparator.naturalOrder());
        return dates;
    }

    /** Bargain hunters wait for 618, Double 11 and Double 12 when one is near enough. */
    private static LocalDate nearestPromotion(LocalDate date, LocalDate start, LocalDate last) {
        LocalDate best = date;
        long bestGap = 21;
        for (int year = 2024; year <= 2026; year++) {
            for (LocalDate promotion : List.of(LocalDate.of(year, 6, 18), LocalDate.of(year, 11, 11),
                    LocalDate.of(year, 12, 12))) {
                long gap = Math.abs(ChronoUnit.DAYS.between(date, promotion));
                if (gap < bestGap && !promotion.isBefore(start) && !promotion.isAfter(last)) {
                    best = promotion;
                    bestGap = gap;
                }
            }
        }
        return best;
    }

    private Draft basket(Customer customer, LocalDate date, int sequence) {
        CustomerGroup group = customer.group();
        int size = 1;
        while (size < MAX_LINES && random.chance(group.extraLines / (1 + group.extraLines))) {
            size++;
        }
        List<Product> products = new ArrayList<>();
        for (int attempt = 0; products.size() < size && attempt < size * 5; attempt++) {
            Product product = catalogue.pickFor(random, customer);
            if (!products.contains(product)) {
                products.add(product);
            }
        }
        for (ProductCatalogue.Association association : catalogue.associations()) {
            if (products.contains(association.anchor())) {
                for (int i = 0; i < association.partners().size(); i++) {
                    Product partner = association.partners().get(i);
                    if (random.chance(association.chances().get(i)) && !products.contains(partner)) {
                        products.add(partner);
                    }
                }
            }
        }
        List<Integer> quantities = new ArrayList<>();
        for (Product product : products) {
            // Nobody buys two laptops at once; cheap things come by the handful.
            quantities.add(product.priceCents() >= 100_000 ? 1 : random.pickIndex(group.quantityWeights()) + 1);
        }
        return new Draft(customer, date, sequence, List.copyOf(products), List.copyOf(quantities));
    }

    /** Lines of cheap products bought by high-value customers get a quantity of 120 or more. */
    private List<OrderLine> plantQuantityOutliers(List<OrderLine> lines) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            if (line.customer().group() == CustomerGroup.HIGH_VALUE_LOYAL && line.product().priceCents() < 6_000) {
                candidates.add(i);
            }
        }
        List<OrderLine> outliers = new ArrayList<>();
        List<Integer> chosen = random.sample(candidates, OUTLIER_QUANTITIES.size());
        for (int i = 0; i < chosen.size(); i++) {
            OrderLine line = lines.get(chosen.get(i));
            OrderLine outlier = new OrderLine(line.orderId(), line.customer(), line.orderDate(), line.product(),
                    OUTLIER_QUANTITIES.get(i), OrderLine.COMPLETED);
            lines.set(chosen.get(i), outlier);
            outliers.add(outlier);
        }
        return List.copyOf(outliers);
    }

    /** Whole lines sent back, at least a week before the reference date; each return follows its line. */
    private List<OrderLine> plantReturns(List<OrderLine> lines, List<OrderLine> outliers) {
        LocalDate latest = SampleDataGenerator.REFERENCE_DATE.minusDays(7);
        List<OrderLine> candidates = lines.stream()
                .filter(line -> !outliers.contains(line) && !line.orderDate().isAfter(latest)).toList();
        Set<OrderLine> returned = new HashSet<>(random.sample(candidates, RETURNS));
        List<OrderLine> returns = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
            OrderLine line = lines.get(i);
            if (returned.contains(line)) {
                OrderLine reversal = new OrderLine(line.orderId(), line.customer(), line.orderDate(), line.product(),
                        -line.quantity(), OrderLine.RETURNED);
                int end = i + 1;
                while (end < lines.size() && lines.get(end).orderId().equals(line.orderId())) {
                    end++;
                }
                lines.add(end, reversal);
                returns.add(0, reversal);
            }
        }
        return List.copyOf(returns);
    }
}
