package org.marketingworkbench.sample;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** The smaller files: catalogue, cart events, survey (GB18030, Chinese headers), social engagement, campaigns. */
final class ActivityFiles {
    static final List<String> INTERESTS = List.of("数码", "美妆", "母婴", "运动", "美食", "家居", "旅行", "阅读", "时尚");
    /** Cart activity is kept for the last half year, as a web shop's event log usually is. */
    static final int CART_DAYS = 180;

    private ActivityFiles() {
    }

    static void products(Catalogue catalogue, Path file) throws IOException {
        try (CsvOut out = new CsvOut(file, StandardCharsets.UTF_8, false)) {
            out.row("product_id", "name", "category", "sub_category", "brand", "price", "tags", "on_sale");
            for (Catalogue.Product p : catalogue.products) {
                out.row(p.id(), p.name(), p.category(), p.subCategory(), p.brand(), p.price(), String.join("|", p.tags()),
                        p.discounted() ? "yes" : "no");
            }
        }
    }

    static void cartEvents(List<OrderFactory.Line> lines, List<SampleCustomer> customers, Catalogue catalogue,
            LocalDate today, Path file, SplittableRandom random) throws IOException {
        try (CsvOut out = new CsvOut(file, StandardCharsets.UTF_8, false)) {
            out.row("customer_id", "product_id", "event", "event_time");
            String lastOrder = "";
            for (OrderFactory.Line line : lines) {
                if (line.quantity() < 0 || line.date().isBefore(today.minusDays(CART_DAYS))) {
                    continue;
                }
                String time = time(line.date(), line.orderId().hashCode(), 0);
                out.row(line.customerId(), line.product().id(), "add", time);
                if (!line.orderId().equals(lastOrder)) {
                    out.row(line.customerId(), "", "checkout", time(line.date(), line.orderId().hashCode(), 1));
                    lastOrder = line.orderId();
                }
            }
            for (SampleCustomer customer : customers) {
                int abandoned = random.nextInt(3);
                for (int i = 0; i < abandoned; i++) {
                    LocalDate day = today.minusDays(random.nextInt(CART_DAYS));
                    Catalogue.Product product = catalogue.products.get(random.nextInt(catalogue.products.size()));
                    out.row(customer.id(), product.id(), "add", time(day, random.nextInt(), 0));
                    if (random.nextBoolean()) {
                        out.row(customer.id(), product.id(), "remove", time(day, random.nextInt(), 1));
                    }
                }
            }
        }
    }

    private static String time(LocalDate day, int salt, int step) {
        int minutes = Math.floorMod(salt, 14 * 60) + 8 * 60 + step * 7;
        return String.format(Locale.ROOT, "%sT%02d:%02d:00", day, minutes / 60 % 24, minutes % 60);
    }

    /** A survey export as WPS or Excel saves it in China: GB18030, Chinese headers. */
    static void survey(List<SampleCustomer> customers, LocalDate today, Path file, SplittableRandom random)
            throws IOException {
        try (CsvOut out = new CsvOut(file, Charset.forName("GB18030"), false)) {
            out.row("客户编号", "满意度", "感兴趣的品类", "推荐意愿", "填写日期");
            for (SampleCustomer customer : customers) {
                if (random.nextDouble() >= 0.4) {
                    continue;
                }
                int base = switch (customer.group()) {
                    case LOYAL -> 5;
                    case AT_RISK -> 2;
                    case BARGAIN, YOUNG_SOCIAL -> 4;
                    default -> 3;
                };
                int satisfaction = Math.max(1, Math.min(5, base + random.nextInt(3) - 1));
                List<String> interests = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    String interest = Names.pick(random, INTERESTS);
                    if (!interests.contains(interest)) {
                        interests.add(interest);
                    }
                }
                int promoter = Math.max(0, Math.min(10, satisfaction * 2 + random.nextInt(3) - 1));
                out.row(customer.id(), satisfaction, String.join("、", interests), promoter,
                        today.minusDays(random.nextInt(60)).toString());
            }
        }
    }

    /** Likes, shares and comments per customer and platform; saved with a UTF-8 byte order mark, as Excel does. */
    static void socialEngagement(List<SampleCustomer> customers, Path file, SplittableRandom random) throws IOException {
        try (CsvOut out = new CsvOut(file, StandardCharsets.UTF_8, true)) {
            out.row("customer_id", "platform", "likes", "shares", "comments");
            for (SampleCustomer customer : customers) {
                out.row(customer.id(), customer.platform(), customer.engagement(),
                        Math.round(customer.engagement() * (0.15 + 0.1 * random.nextDouble())),
                        Math.round(customer.engagement() * (0.25 + 0.1 * random.nextDouble())));
                if (random.nextDouble() < 0.5) {
                    String other = Names.pick(random, CustomerFactory.PLATFORMS);
                    if (!other.equals(customer.platform())) {
                        int level = customer.engagement() / 5;
                        out.row(customer.id(), other, level, level / 8, level / 5);
                    }
                }
            }
        }
    }

    static void campaigns(List<CampaignFactory.Result> results, Path file) throws IOException {
        try (CsvOut out = new CsvOut(file, StandardCharsets.UTF_8, false)) {
            out.row("campaign", "channel", "target_segment", "reach", "engagements", "conversions", "cost", "revenue",
                    "start_date", "end_date");
            for (CampaignFactory.Result r : results) {
                out.row(r.campaign(), r.channel(), r.segment(), r.reach(), r.engagements(), r.conversions(), r.cost(),
                        r.revenue(), r.start().toString(), r.end().toString());
            }
        }
    }
}
