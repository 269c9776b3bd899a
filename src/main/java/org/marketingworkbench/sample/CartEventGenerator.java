package org.marketingworkbench.sample;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shopping-cart events from 2026-04-01, when event tracking was switched on, to the reference date.
 * Every order line of that period has an add before its checkout (the checkout time falls on the
 * order date); some orders had an alternative added and removed; and customers left products in
 * carts they never checked out. Times are China Standard Time without a zone, as exported.
 */
final class CartEventGenerator {

    static final LocalDateTime TRACKING_START = LocalDateTime.of(2026, 4, 1, 0, 0);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT);
    /** Relative shopping activity per hour of the day: quiet at night, peaks at lunch and in the evening. */
    private static final double[] HOUR_WEIGHTS = {2, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 3, 4, 4, 4, 6, 5, 4, 4, 4, 4, 5,
        6, 8, 9, 8, 5};

    private final SampleRandom random;
    private final ProductCatalogue catalogue;
    private final List<CartEvent> events = new ArrayList<>();

    CartEventGenerator(long seed, ProductCatalogue catalogue) {
        this.random = new SampleRandom(seed, "cart");
        this.catalogue = catalogue;
    }

    List<CartEvent> generate(List<Customer> customers, List<OrderLine> lines) {
        Map<String, List<OrderLine>> orders = new LinkedHashMap<>();
        for (OrderLine line : lines) {
            if (!line.isReturn() && !line.orderDate().isBefore(TRACKING_START.toLocalDate())) {
                orders.computeIfAbsent(line.orderId(), id -> new ArrayList<>()).add(line);
            }
        }
        orders.values().forEach(this::checkedOut);
        customers.forEach(this::abandoned);
        events.sort(Comparator.comparing(CartEvent::time).thenComparing(e -> e.customer().index())
                .thenComparing(e -> e.product().index()).thenComparing(CartEvent::event));
        return List.copyOf(events);
    }

    static CsvText csv(List<CartEvent> events) {
        CsvText csv = new CsvText("\n", "customer_id", "product_id", "event", "timestamp");
        for (CartEvent event : events) {
            csv.row(event.customer().id(), event.product().id(), event.event(), TIMESTAMP.format(event.time()));
        }
        return csv;
    }

    private void checkedOut(List<OrderLine> order) {
        OrderLine first = order.get(0);
        LocalDateTime checkout = first.orderDate().atTime(random.pickIndex(HOUR_WEIGHTS), random.between(0, 59),
                random.between(0, 59));
        LocalDateTime earliest = earliest(first.customer());
        // Products go into the cart from minutes to two days before checkout, never before tracking began.
        int longest = (int) Math.min(2 * 86_400, Duration.between(earliest, checkout).getSeconds());
        for (OrderLine line : order) {
            LocalDateTime added = checkout.minusSeconds(random.between(Math.min(180, longest), longest));
            events.add(new CartEvent(line.customer(), line.product(), CartEvent.ADD, added));
            events.add(new CartEvent(line.customer(), line.product(), CartEvent.CHECKOUT, checkout));
        }
        if (random.chance(0.25)) {
            Product alternative = catalogue.pickFor(random, first.customer());
            if (order.stream().noneMatch(line -> line.product().equals(alternative))) {
                LocalDateTime added = checkout.minusSeconds(random.between(Math.min(600, longest), longest));
                long gap = Duration.between(added, checkout).getSeconds();
                if (gap >= 2) {
                    events.add(new CartEvent(first.customer(), alternative, CartEvent.ADD, added));
                    events.add(new CartEvent(first.customer(), alternative, CartEvent.REMOVE,
                            added.plusSeconds(random.between(1, (int) gap - 1))));
                }
            }
        }
    }

    /** Products put in a cart and never bought; young and bargain-hunting customers do it most. */
    private void abandoned(Customer customer) {
        double keepGoing = switch (customer.group()) {
            case YOUNG_SOCIAL -> 0.65;
            case BARGAIN_HUNTER -> 0.55;
            case HIGH_VALUE_LOYAL, NEW_CUSTOMER -> 0.45;
            case AT_RISK -> 0.2;
        };
        LocalDateTime earliest = earliest(customer);
        long span = Duration.between(earliest, SampleDataGenerator.REFERENCE_DATE.plusDays(1)
                .atStartOfDay()).getSeconds();
        while (random.chance(keepGoing)) {
            Product product = catalogue.pickFor(random, customer);
            LocalDateTime added = earliest.plusSeconds((long) (random.nextDouble() * (span - 3_600)));
            events.add(new CartEvent(customer, product, CartEvent.ADD, added));
            if (random.chance(0.3)) {
                events.add(new CartEvent(customer, product, CartEvent.REMOVE, added.plusSeconds(random.between(30,
                        3_500))));
            }
        }
    }

    private static LocalDateTime earliest(Customer customer) {
        LocalDateTime signup = customer.signupDate().atStartOfDay();
        return signup.isAfter(TRACKING_START) ? signup : TRACKING_START;
    }
}
