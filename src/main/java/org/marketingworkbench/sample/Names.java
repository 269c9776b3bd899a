package org.marketingworkbench.sample;

import java.util.List;
import java.util.SplittableRandom;

/** Fictional but realistic personal data: Chinese names, mobile numbers, e-mails, cities with their tiers. */
final class Names {
    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹");
    static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "晨", "欣怡", "子涵", "浩然", "雨桐", "梓轩",
            "思远", "佳琪", "一鸣", "若曦", "宇航", "诗涵", "俊杰", "晓燕");
    static final List<String> PINYIN = List.of("wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang",
            "yong", "yan", "jie", "juan", "tao", "ming", "chao", "xiuying", "xia", "ping", "gang", "guiying", "chen",
            "xinyi", "zihan", "haoran", "yutong", "zixuan", "siyuan", "jiaqi", "yiming", "ruoxi", "yuhang", "shihan",
            "junjie", "xiaoyan");
    static final List<String> MAIL = List.of("qq.com", "163.com", "126.com", "sina.com", "outlook.com", "foxmail.com");

    /** City and its tier (1 = Beijing, Shanghai, Guangzhou, Shenzhen). */
    record City(String name, int tier) {
    }

    static final List<City> CITIES = List.of(
            new City("北京", 1), new City("上海", 1), new City("广州", 1), new City("深圳", 1),
            new City("成都", 2), new City("杭州", 2), new City("重庆", 2), new City("武汉", 2), new City("西安", 2),
            new City("苏州", 2), new City("南京", 2), new City("天津", 2), new City("长沙", 2), new City("郑州", 2),
            new City("佛山", 3), new City("东莞", 3), new City("宁波", 3), new City("青岛", 3), new City("无锡", 3),
            new City("合肥", 3), new City("昆明", 3), new City("厦门", 3), new City("福州", 3),
            new City("洛阳", 4), new City("绵阳", 4), new City("桂林", 4), new City("赣州", 4), new City("宜昌", 4),
            new City("汕头", 4), new City("襄阳", 4));

    static final List<String> EDUCATION = List.of("高中", "大专", "本科", "硕士", "博士");

    private Names() {
    }

    static String name(SplittableRandom random) {
        return pick(random, SURNAMES) + pick(random, GIVEN);
    }

    static String mobile(SplittableRandom random) {
        int[] prefixes = {130, 131, 132, 135, 136, 137, 138, 139, 150, 151, 152, 155, 158, 159, 176, 177, 180, 181,
            186, 187, 188, 189, 199};
        return prefixes[random.nextInt(prefixes.length)] + String.format(java.util.Locale.ROOT, "%08d", random.nextInt(100_000_000));
    }

    static String email(SplittableRandom random, int customer) {
        return pick(random, PINYIN) + "." + pick(random, PINYIN) + (customer % 97) + "@" + pick(random, MAIL);
    }

    static City city(SplittableRandom random) {
        // bigger cities hold more of the customers
        double u = random.nextDouble();
        int tier = u < 0.35 ? 1 : u < 0.70 ? 2 : u < 0.90 ? 3 : 4;
        List<City> ofTier = CITIES.stream().filter(city -> city.tier() == tier).toList();
        return ofTier.get(random.nextInt(ofTier.size()));
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
