package org.marketingworkbench.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The product catalogue: categories of product types, each offered by a few brands. A handful
 * of products are planted to be bought together (see {@link #PLANTED_PAIRS}).
 */
final class Catalogue {

    /** One product of the catalogue. */
    record Product(String id, String name, String category, String subCategory, String brand, double price,
            List<String> tags, boolean discounted) {
    }

    /** A product type: its category, sub-category, price range and tags. */
    private record Type(String category, String subCategory, String name, int minPrice, int maxPrice, String tags) {
    }

    private static final List<Type> TYPES = List.of(
            new Type("手机数码", "手机", "智能手机", 1499, 6999, "电子;通讯;新品"),
            new Type("手机数码", "配件", "手机壳", 29, 99, "电子;配件;保护"),
            new Type("手机数码", "配件", "钢化膜", 19, 59, "电子;配件;保护"),
            new Type("手机数码", "配件", "充电宝", 79, 299, "电子;配件;出行"),
            new Type("手机数码", "音频", "蓝牙耳机", 129, 1299, "电子;音乐;运动"),
            new Type("家用电器", "厨房", "空气炸锅", 199, 699, "家电;厨房;健康"),
            new Type("家用电器", "厨房", "咖啡机", 499, 2999, "家电;咖啡;厨房"),
            new Type("家用电器", "清洁", "扫地机器人", 999, 3999, "家电;清洁;智能"),
            new Type("食品饮料", "咖啡", "咖啡豆", 59, 199, "食品;咖啡;进口"),
            new Type("食品饮料", "咖啡", "奶泡器", 69, 259, "厨房;咖啡;小工具"),
            new Type("食品饮料", "零食", "坚果礼盒", 49, 169, "食品;零食;礼品"),
            new Type("食品饮料", "饮品", "绿茶", 39, 299, "食品;茶;健康"),
            new Type("美妆护肤", "护肤", "面霜", 99, 899, "美妆;护肤;保湿"),
            new Type("美妆护肤", "护肤", "精华液", 199, 1299, "美妆;护肤;抗老"),
            new Type("美妆护肤", "洗护", "洗发水", 39, 129, "洗护;日用;头发"),
            new Type("美妆护肤", "洗护", "护发素", 39, 129, "洗护;日用;头发"),
            new Type("美妆护肤", "彩妆", "口红", 89, 399, "美妆;彩妆;礼品"),
            new Type("母婴", "尿裤", "婴儿纸尿裤", 89, 199, "母婴;日用;宝宝"),
            new Type("母婴", "湿巾", "婴儿湿巾", 19, 69, "母婴;日用;宝宝"),
            new Type("母婴", "奶粉", "婴儿奶粉", 199, 499, "母婴;营养;宝宝"),
            new Type("服饰鞋包", "运动", "跑步鞋", 299, 1099, "运动;鞋;跑步"),
            new Type("服饰鞋包", "运动", "运动袜", 19, 79, "运动;袜子;跑步"),
            new Type("服饰鞋包", "女装", "连衣裙", 129, 699, "服饰;女装;时尚"),
            new Type("服饰鞋包", "男装", "衬衫", 99, 399, "服饰;男装;通勤"),
            new Type("服饰鞋包", "箱包", "双肩包", 129, 599, "箱包;出行;通勤"),
            new Type("运动户外", "健身", "瑜伽垫", 49, 199, "运动;健身;瑜伽"),
            new Type("运动户外", "户外", "帐篷", 299, 1299, "户外;露营;出行"),
            new Type("家居日用", "家纺", "四件套", 199, 899, "家居;家纺;卧室"),
            new Type("家居日用", "收纳", "收纳箱", 29, 129, "家居;收纳;日用"),
            new Type("图书", "图书", "畅销小说", 29, 69, "图书;阅读;文学"),
            new Type("图书", "图书", "少儿绘本", 25, 89, "图书;阅读;宝宝"));

    private static final List<String> BRANDS = List.of("华辰", "云杉", "拾光", "青禾", "星野", "木子", "橙意", "北极",
            "花间", "启航");

    /**
     * Planted associations: when the first is in an order, the second is added with
     * {@link #PAIR_PROBABILITY}; each pair names the product types (all brands).
     */
    static final List<List<String>> PLANTED_PAIRS = List.of(
            List.of("智能手机", "手机壳"), List.of("咖啡豆", "奶泡器"), List.of("婴儿纸尿裤", "婴儿湿巾"),
            List.of("洗发水", "护发素"), List.of("跑步鞋", "运动袜"));
    static final double PAIR_PROBABILITY = 0.6;

    final List<Product> products;

    Catalogue(SplittableRandom random) {
        List<Product> all = new ArrayList<>();
        int number = 1;
        for (Type type : TYPES) {
            int brands = 3 + random.nextInt(4);
            List<String> chosen = new ArrayList<>(BRANDS);
            java.util.Collections.shuffle(chosen, new java.util.Random(random.nextLong()));
            for (int b = 0; b < brands; b++) {
                double price = type.minPrice + random.nextDouble() * (type.maxPrice - type.minPrice);
                price = Math.round(price) - 0.1;
                boolean discounted = random.nextDouble() < 0.3;
                List<String> tags = new ArrayList<>(List.of(type.tags.split(";")));
                if (discounted) {
                    tags.add("特价");
                }
                all.add(new Product(String.format(Locale.ROOT, "P%04d", number++), chosen.get(b) + type.name,
                        type.category, type.subCategory, chosen.get(b), price, List.copyOf(tags), discounted));
            }
        }
        products = List.copyOf(all);
    }

    /** The product type (name without the brand) of a product. */
    static String typeOf(Product product) {
        return product.name().substring(product.brand().length());
    }

    List<Product> ofType(String typeName) {
        return products.stream().filter(product -> typeOf(product).equals(typeName)).toList();
    }
}
