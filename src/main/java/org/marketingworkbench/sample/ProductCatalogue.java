package org.marketingworkbench.sample;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The generated catalogue (products.csv) and the planted product associations. Products are laid
 * out as sub-category x kind x version, so index = sub-category * 10 + kind * 2 + (premium ? 1 : 0).
 */
final class ProductCatalogue {

    static final int SUBCATEGORIES_PER_CATEGORY = 5;
    static final int KINDS_PER_SUBCATEGORY = 5;
    /** How often a customer shops in one of their two favourite sub-categories. */
    private static final double FAVOURITE_SHARE = 0.55;
    private static final int WOMENSWEAR = 5;
    private static final int MENSWEAR = 6;

    /** Buying {@code anchor} adds each partner to the same order with the given chance. */
    record Association(Product anchor, List<Product> partners, List<Double> chances) {
    }

    private final List<Product> products = new ArrayList<>();
    private final List<double[]> kindPopularity = new ArrayList<>();
    private final List<Association> associations = new ArrayList<>();

    ProductCatalogue(SampleRandom random) {
        String[] rows = CatalogueTable.ROWS.strip().split("\n");
        for (int sub = 0; sub < rows.length; sub++) {
            addSubcategory(random, sub, rows[sub].strip().split("\\|"));
        }
        plant("粉底液", true, List.of("定妆散粉", "口红"), List.of(true, true), List.of(0.7, 0.55));
        plant("洁面乳", true, List.of("爽肤水"), List.of(true), List.of(0.65));
        plant("纸尿裤", false, List.of("婴儿湿巾"), List.of(false), List.of(0.7));
        plant("牛排", true, List.of("红酒"), List.of(false), List.of(0.55));
        plant("四件套", true, List.of("枕芯"), List.of(true), List.of(0.6));
        plant("跑步鞋", false, List.of("运动袜"), List.of(false), List.of(0.6));
    }

    List<Product> products() {
        return List.copyOf(products);
    }

    List<Association> associations() {
        return List.copyOf(associations);
    }

    CsvText csv() {
        CsvText csv = new CsvText("\n", "product_id", "name", "category", "sub_category", "brand", "price", "tags");
        for (Product product : products) {
            csv.row(product.id(), product.name(), product.category(), product.subcategory(), product.brand(),
                    CsvText.money(product.priceCents()), String.join("|", product.tags()));
        }
        return csv;
    }

    /** A sub-category: its category drawn by the weights, then one of its five sub-categories. */
    int randomSubcategory(SampleRandom random, double[] categoryWeights) {
        return random.pickIndex(categoryWeights) * SUBCATEGORIES_PER_CATEGORY
                + random.between(0, SUBCATEGORIES_PER_CATEGORY - 1);
    }

    /** A product of the sub-category, its kind drawn by popularity, in the economy or premium version. */
    private Product pick(SampleRandom random, int subcategory, boolean premium) {
        int kind = random.pickIndex(kindPopularity.get(subcategory));
        return products.get(subcategory * 10 + kind * 2 + (premium ? 1 : 0));
    }

    /**
     * A product this customer would buy: often from a favourite sub-category, otherwise from their group's
     * categories; mostly clothes of their own gender; premium as often as their group likes.
     */
    Product pickFor(SampleRandom random, Customer customer) {
        CustomerGroup group = customer.group();
        int sub = random.chance(FAVOURITE_SHARE) ? random.pick(customer.favouriteSubcategories())
                : randomSubcategory(random, group.categoryWeights());
        if (sub == WOMENSWEAR && !customer.female() && random.chance(0.85)) {
            sub = MENSWEAR;
        } else if (sub == MENSWEAR && customer.female() && random.chance(0.85)) {
            sub = WOMENSWEAR;
        }
        return pick(random, sub, random.chance(group.premiumShare));
    }

    private void addSubcategory(SampleRandom random, int sub, String[] cells) {
        int category = CatalogueTable.CATEGORIES.indexOf(cells[0]);
        List<String> brands = CatalogueTable.BRANDS.get(category);
        String[] kinds = cells[2].split(" ");
        List<String> tagPool = List.of(cells[3].split(" "));
        double[] popularity = new double[kinds.length];
        for (int kind = 0; kind < kinds.length; kind++) {
            String noun = kinds[kind].split(":")[0];
            double basePrice = Double.parseDouble(kinds[kind].split(":")[1]);
            // Big-ticket items (phones, laptops, robots) sell far less often than everyday goods.
            popularity[kind] = random.uniform(0.6, 1.6) * (basePrice >= 1000 ? 0.06 : 1);
            for (int version = 0; version < 2; version++) {
                boolean premium = version == 1;
                String brand = brands.get((premium ? 2 : 0) + (sub + kind) % 2);
                double price = basePrice * (premium ? 1.35 : 0.75) * random.uniform(0.92, 1.08);
                int index = products.size();
                products.add(new Product(index, String.format(Locale.ROOT, "P%04d", index + 1), brand + " " + noun,
                        category, cells[0], sub, cells[1], brand, noun, premium, shelfPriceCents(price),
                        tags(random, tagPool, premium)));
            }
        }
        kindPopularity.add(popularity);
    }

    /** Prices as shops write them: 49.90 under 100 yuan, 259.00 under 1,000, 2,999.00 above. */
    private static long shelfPriceCents(double price) {
        if (price < 100) {
            return Math.max(1, Math.round(price / 10)) * 1000 - 10;
        }
        if (price < 1000) {
            return Math.round(price / 10) * 1000 - 100;
        }
        return Math.round(price / 100) * 10_000 - 100;
    }

    private static List<String> tags(SampleRandom random, List<String> pool, boolean premium) {
        Set<String> tags = new LinkedHashSet<>(random.sample(pool, random.between(2, 3)));
        tags.add(premium ? "高端" : "平价");
        if (random.chance(0.3)) {
            tags.add("国货");
        }
        return List.copyOf(tags);
    }

    private void plant(String anchorNoun, boolean anchorPremium, List<String> partnerNouns,
            List<Boolean> partnersPremium, List<Double> chances) {
        Product anchor = find(anchorNoun, anchorPremium);
        // Anchors sell three times as often as their neighbours, so their pairs have support enough to mine.
        kindPopularity.get(anchor.subcategoryIndex())[(anchor.index() % 10) / 2] *= 3;
        List<Product> partners = new ArrayList<>();
        for (int i = 0; i < partnerNouns.size(); i++) {
            partners.add(find(partnerNouns.get(i), partnersPremium.get(i)));
        }
        associations.add(new Association(anchor, List.copyOf(partners), List.copyOf(chances)));
    }

    private Product find(String noun, boolean premium) {
        return products.stream().filter(p -> p.noun().equals(noun) && p.premium() == premium).findFirst()
                .orElseThrow(() -> new IllegalStateException("no product " + noun));
    }
}
