package org.marketingworkbench.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Real Chinese cities grouped into the four tiers the sample data uses: 1 = first tier
 * (一线), 2 = new first tier (新一线), 3 = second tier (二线), 4 = third tier and below.
 */
final class Cities {

    /** A city and its tier (1 to 4). */
    record City(String name, int tier) {
    }

    private static final String[] TIERS = {
        "北京 上海 广州 深圳",
        "成都 重庆 杭州 武汉 西安 郑州 青岛 长沙 天津 苏州 南京 东莞 沈阳 合肥 佛山",
        "昆明 福州 无锡 厦门 哈尔滨 长春 南昌 济南 宁波 大连 贵阳 温州 石家庄 泉州 南宁 金华 常州 珠海 惠州 "
                + "嘉兴 南通 中山 保定 兰州 台州 徐州 太原 绍兴 烟台 廊坊",
        "洛阳 扬州 汕头 潍坊 盐城 赣州 临沂 镇江 湛江 桂林 芜湖 襄阳 宜昌 九江 绵阳 遵义 邯郸 衡阳 株洲 岳阳 "
                + "柳州 上饶 咸阳 德州 聊城 漳州 宿迁 连云港 淮安 商丘",
    };

    private final List<List<City>> byTier = new ArrayList<>();

    Cities() {
        for (int tier = 1; tier <= TIERS.length; tier++) {
            List<City> cities = new ArrayList<>();
            for (String name : TIERS[tier - 1].split(" ")) {
                cities.add(new City(name, tier));
            }
            byTier.add(List.copyOf(cities));
        }
    }

    /** A city whose tier is drawn with the given weights (tiers 1 to 4). Bigger cities come up more often. */
    City pick(SampleRandom random, double[] tierWeights) {
        List<City> cities = byTier.get(random.pickIndex(tierWeights));
        // Earlier names in a tier are the larger cities: weight them up a little.
        double[] weights = new double[cities.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1.0 / (1 + 0.08 * i);
        }
        return cities.get(random.pickIndex(weights));
    }
}
