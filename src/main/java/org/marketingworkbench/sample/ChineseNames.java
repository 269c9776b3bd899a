package org.marketingworkbench.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fake but realistic Chinese personal data: names written in characters (common surnames weighted
 * by how often they occur), mainland mobile numbers and e-mail addresses built from the name's
 * pinyin or a QQ number. Numbers and addresses are unique within one generator.
 */
final class ChineseNames {

    /** A generated name with its pinyin, for building e-mail addresses. */
    record PersonName(String characters, String surnamePinyin, String givenPinyin) {
    }

    private record Syllable(String character, String pinyin, double weight) {
    }

    // Surname, pinyin, share per thousand people (rounded from published surname rankings).
    private static final List<Syllable> SURNAMES = parse("""
            王 wang 72 李 li 71 张 zhang 68 刘 liu 53 陈 chen 45 杨 yang 31 黄 huang 22 赵 zhao 20
            吴 wu 19 周 zhou 18 徐 xu 13 孙 sun 12 马 ma 12 朱 zhu 11 胡 hu 11 郭 guo 11 何 he 9
            林 lin 9 高 gao 9 罗 luo 8 郑 zheng 8 梁 liang 7 谢 xie 6 宋 song 6 唐 tang 6 许 xu 5
            韩 han 5 冯 feng 5 邓 deng 5 曹 cao 5 彭 peng 4 曾 zeng 4 肖 xiao 4 田 tian 4 董 dong 4
            袁 yuan 4 潘 pan 4 蒋 jiang 4 蔡 cai 4 余 yu 3 杜 du 3 叶 ye 3 程 cheng 3 苏 su 3
            魏 wei 3 吕 lv 3 丁 ding 3 任 ren 3 沈 shen 3 姚 yao 3 卢 lu 3 姜 jiang 3 崔 cui 3
            钟 zhong 3 谭 tan 2 陆 lu 2 汪 wang 2 范 fan 2 金 jin 2 石 shi 2 廖 liao 2 贾 jia 2
            夏 xia 2 方 fang 2 白 bai 2 邹 zou 2 孟 meng 2 熊 xiong 2 秦 qin 2 江 jiang 2 欧阳 ouyang 1
            """);
    private static final List<Syllable> MALE_GIVEN = parse("""
            伟 wei 1 强 qiang 1 磊 lei 1 军 jun 1 洋 yang 1 勇 yong 1 杰 jie 1 涛 tao 1 明 ming 1
            超 chao 1 鹏 peng 1 浩 hao 1 宇 yu 1 轩 xuan 1 博 bo 1 文 wen 1 斌 bin 1 辉 hui 1 刚 gang 1
            健 jian 1 俊 jun 1 峰 feng 1 昊 hao 1 晨 chen 1 子 zi 1 睿 rui 1 泽 ze 1 志 zhi 1 国 guo 1
            建 jian 1 华 hua 1 平 ping 1 亮 liang 1 成 cheng 1 凯 kai 1 毅 yi 1 航 hang 1 嘉 jia 1
            铭 ming 1 天 tian 1
            """);
    private static final List<Syllable> FEMALE_GIVEN = parse("""
            芳 fang 1 娜 na 1 敏 min 1 静 jing 1 丽 li 1 艳 yan 1 娟 juan 1 霞 xia 1 婷 ting 1 雪 xue 1
            慧 hui 1 琳 lin 1 欣 xin 1 怡 yi 1 梦 meng 1 佳 jia 1 颖 ying 1 玲 ling 1 倩 qian 1 悦 yue 1
            萱 xuan 1 涵 han 1 雨 yu 1 诗 shi 1 晓 xiao 1 思 si 1 婉 wan 1 瑶 yao 1 璐 lu 1 蕾 lei 1
            月 yue 1 琪 qi 1 露 lu 1 妍 yan 1 楠 nan 1 薇 wei 1 洁 jie 1 红 hong 1 美 mei 1 秀 xiu 1
            """);
    // Mainland mobile prefixes of the three carriers (all match 1[3-9]x).
    private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "134", "135",
            "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
            "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191",
            "195", "198", "199");
    private static final List<String> MAIL_DOMAINS = List.of("163.com", "126.com", "sina.com", "foxmail.com",
            "outlook.com", "gmail.com", "139.com", "icloud.com", "yeah.net");
    private static final double[] MAIL_DOMAIN_WEIGHTS = {30, 14, 8, 10, 12, 7, 7, 9, 3};

    private final double[] surnameWeights;
    private final Set<String> usedPhones = new HashSet<>();
    private final Set<String> usedEmails = new HashSet<>();

    ChineseNames() {
        surnameWeights = SURNAMES.stream().mapToDouble(Syllable::weight).toArray();
    }

    /** A name of one or two given characters after a surname, from the pool of the given gender. */
    PersonName name(SampleRandom random, boolean female) {
        Syllable surname = SURNAMES.get(random.pickIndex(surnameWeights));
        List<Syllable> pool = female ? FEMALE_GIVEN : MALE_GIVEN;
        Syllable first = random.pick(pool);
        if (random.chance(0.3)) {
            return new PersonName(surname.character() + first.character(), surname.pinyin(), first.pinyin());
        }
        Syllable second = random.pick(pool);
        return new PersonName(surname.character() + first.character() + second.character(), surname.pinyin(),
                first.pinyin() + second.pinyin());
    }

    /** A unique eleven-digit mobile number such as 13812345678. */
    String phone(SampleRandom random) {
        while (true) {
            String number = random.pick(MOBILE_PREFIXES) + String.format(Locale.ROOT, "%08d",
                    random.between(0, 99_999_999));
            if (usedPhones.add(number)) {
                return number;
            }
        }
    }

    /** A unique address: a QQ number at qq.com, or the pinyin of the name with a year or digits. */
    String email(SampleRandom random, PersonName name, int birthYear) {
        String local;
        String domain;
        if (random.chance(0.35)) {
            local = Integer.toString(random.between(10_000, 1_999_999_999));
            domain = "qq.com";
        } else {
            String base = switch (random.between(0, 3)) {
                case 0 -> name.surnamePinyin() + name.givenPinyin();
                case 1 -> name.givenPinyin() + "." + name.surnamePinyin();
                case 2 -> name.surnamePinyin() + "_" + name.givenPinyin();
                default -> name.surnamePinyin().charAt(0) + name.givenPinyin();
            };
            local = random.chance(0.5) ? base + (birthYear % 100 < 10 ? "0" : "") + birthYear % 100 : base;
            domain = MAIL_DOMAINS.get(random.pickIndex(MAIL_DOMAIN_WEIGHTS));
        }
        String address = local + "@" + domain;
        while (!usedEmails.add(address)) {
            address = local + random.between(1, 999) + "@" + domain;
        }
        return address;
    }

    private static List<Syllable> parse(String table) {
        String[] tokens = table.trim().split("\\s+");
        List<Syllable> syllables = new ArrayList<>();
        for (int i = 0; i < tokens.length; i += 3) {
            syllables.add(new Syllable(tokens[i], tokens[i + 1], Double.parseDouble(tokens[i + 2])));
        }
        return List.copyOf(syllables);
    }
}
