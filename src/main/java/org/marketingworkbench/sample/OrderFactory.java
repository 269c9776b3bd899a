package org.marketingworkbench.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Orders over the two years before the reference date: each customer's count, spend and last
 * order follow their group; planted product pairs are bought together; a few lines are returned.
 */
final class OrderFactory {
    static final double RETURN_SHARE = 0.02;

    /** One order line; returned lines carry a negative quantity. */
    record Line(String orderId, String customerId, LocalDate date, Catalogue.Product product, int quantity,
            String status) {
        double amount() {
            return Math.round(product.price() * quantity * 100) / 100.0;
        }
    }

    private static final Map<CustomerGroup, List<String>> PREFERRED = Map.of(
            CustomerGroup.LOYAL, List.of("手机数码", "家用电器", "美妆护肤"),
            CustomerGroup.BARGAIN, List.of("食品饮料", "家居日用", "母婴"),
            CustomerGroup.NEW, List.of("服饰鞋包", "食品饮料", "美妆护肤"),
            CustomerGroup.AT_RISK, List.of("服饰鞋包", "图书", "运动户外"),
            CustomerGroup.YOUNG_SOCIAL, List.of("美妆护肤", "服饰鞋包", "手机数码"));

    private OrderFactory() {
    }

    static List<Line> create(List<SampleCustomer> customers, Catalogue catalogue, LocalDate today,
            SplittableRandom random) {
        List<Line> lines = new ArrayList<>();
        int orderNumber = 1;
        LocalDate firstDay = today.minusDays(729);
        for (SampleCustomer customer : customers) {
            LocalDate last = today.minusDays(customer.recencyDays());
            LocalDate start = customer.signupDate().isAfter(firstDay) ? customer.signupDate() : firstDay;
            long span = Math.max(0, ChronoUnit.DAYS.between(start, last));
            List<LocalDate> dates = new ArrayList<>();
            dates.add(last);
            for (int i = 1; i < customer.orders(); i++) {
                dates.add(start.plusDays(span == 0 ? 0 : random.nextLong(span + 1)));
            }
            dates.sort(Comparator.naturalOrder());
            for (LocalDate date : dates) {
                String orderId = String.format(Locale.ROOT, "O%06d", orderNumber++);
                lines.addAll(order(orderId, customer, date, catalogue, random));
            }
        }
        lines.sort(Comparator.comparing(Line::date).thenComparing(Line::orderId));
        return lines;
    }

    private static List<Line> order(String orderId, SampleCustomer customer, LocalDate date, Catalogue catalogue,
            SplittableRandom random) {
        CustomerGroup group = customer.group();
        List<Catalogue.Product> candidates = catalogue.products.stream().filter(p -> suits(p, group)).toList();
        List<Catalogue.Product> preferred = candidates.stream()
                .filter(p -> PREFERRED.get(group).contains(p.category())).toList();
        int count = 1 + random.nextInt(group == CustomerGroup.LOYAL ? 3 : 2);
        List<Catalogue.Product> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Catalogue.Product> from = random.nextDouble() < 0.7 && !preferred.isEmpty() ? preferred : candidates;
            Catalogue.Product product = from.get(random.nextInt(from.size()));
            if (!chosen.contains(product)) {
                chosen.add(product);
            }
        }
        for (List<String> pair : Catalogue.PLANTED_PAIRS) {
            boolean hasFirst = chosen.stream().anyMatch(p -> Catalogue.typeOf(p).equals(pair.get(0)));
            boolean hasSecond = chosen.stream().anyMatch(p -> Catalogue.typeOf(p).equals(pair.get(1)));
            if (hasFirst && !hasSecond && random.nextDouble() < Catalogue.PAIR_PROBABILITY) {
                List<Catalogue.Product> seconds = catalogue.ofType(pair.get(1));
                chosen.add(seconds.get(random.nextInt(seconds.size())));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Catalogue.Product product : chosen) {
            int quantity = product.price() < 100 ? 1 + random.nextInt(3) : 1;
            lines.add(new Line(orderId, customer.id(), date, product, quantity, "completed"));
            if (random.nextDouble() < RETURN_SHARE) {
                lines.add(new Line(orderId, customer.id(), date, product, -quantity, "returned"));
            }
        }
        return lines;
    }

    /** Big spenders buy across the range; bargain hunters buy cheap or discounted things. */
    private static boolean suits(Catalogue.Product product, CustomerGroup group) {
        return switch (group) {
            case BARGAIN -> product.discounted() || product.price() < 120;
            case LOYAL -> product.price() >= 80;
            case YOUNG_SOCIAL -> product.price() < 1500;
            default -> product.price() < 3000;
        };
    }
}
