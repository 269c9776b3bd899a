package org.marketingworkbench.sample;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A customer satisfaction survey fielded in May and June 2026, exported the way WPS or Excel on a
 * Chinese Windows saves a CSV: GB18030 text, Chinese headers, CRLF line ends and dates written
 * 2026/5/3. Satisfaction depends on the customer group; interests follow the customer's favourite
 * categories.
 */
final class SurveyGenerator {

    static final Charset CHARSET = Charset.forName("GB18030");
    static final List<String> HEADER = List.of("客户编号", "提交日期", "满意度", "推荐意愿", "感兴趣的品类", "意见建议");
    static final int MISSING_SATISFACTION = 12;
    static final int MISSING_INTERESTS = 40;
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 5, 6);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 20);
    private static final DateTimeFormatter EXCEL_DATE = DateTimeFormatter.ofPattern("yyyy/M/d", Locale.ROOT);
    private static final List<String> LIFESTYLE = List.of("旅行", "健身", "美食", "宠物", "游戏", "阅读", "摄影", "音乐");
    private static final List<String> PRAISE = List.of("物流很快，包装很仔细", "会员积分很实用", "客服回复及时",
            "正品有保障，会继续回购", "新品上得快，款式好看");
    private static final List<String> REMARKS = List.of("价格还可以，希望多些优惠券", "退换货流程有点复杂", "希望增加夜间配送",
            "首页推荐不太准", "希望赠品多一点");
    private static final List<String> COMPLAINTS = List.of("物流太慢了", "客服态度一般", "优惠券使用门槛太高",
            "收到的商品与描述不符", "退款到账太慢");

    private final SampleRandom random;

    SurveyGenerator(long seed) {
        this.random = new SampleRandom(seed, "survey");
    }

    List<SurveyAnswer> generate(List<Customer> customers) {
        List<Customer> respondents = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (Customer customer : customers) {
            if (!customer.signupDate().isAfter(LAST_DAY) && random.chance(responseRate(customer.group()))) {
                respondents.add(customer);
                LocalDate from = customer.signupDate().isAfter(FIRST_DAY) ? customer.signupDate() : FIRST_DAY;
                dates.add(random.dateBetween(from, LAST_DAY));
            }
        }
        List<Integer> indexes = IntStream.range(0, respondents.size()).boxed().toList();
        List<Integer> blank = random.sample(indexes, MISSING_SATISFACTION + MISSING_INTERESTS);
        Set<Integer> noSatisfaction = new HashSet<>(blank.subList(0, MISSING_SATISFACTION));
        Set<Integer> noInterests = new HashSet<>(blank.subList(MISSING_SATISFACTION, blank.size()));
        List<SurveyAnswer> answers = new ArrayList<>();
        for (int i = 0; i < respondents.size(); i++) {
            Customer customer = respondents.get(i);
            int satisfaction = (int) Math.round(random.boundedNormal(satisfactionMean(customer.group()), 0.8, 1, 5));
            int recommendation = (int) Math.max(0, Math.min(10, Math.round(2 * satisfaction + random.normal(0, 1.3))));
            String interests = interests(customer);
            String comment = random.chance(0.45) ? comment(satisfaction) : null;
            answers.add(new SurveyAnswer(customer, dates.get(i), noSatisfaction.contains(i) ? null : satisfaction,
                    recommendation, noInterests.contains(i) ? null : interests, comment));
        }
        answers.sort(Comparator.comparing(SurveyAnswer::submitted).thenComparing(a -> a.customer().index()));
        return List.copyOf(answers);
    }

    static CsvText csv(List<SurveyAnswer> answers) {
        CsvText csv = new CsvText("\r\n", HEADER.toArray(String[]::new));
        for (SurveyAnswer answer : answers) {
            csv.row(answer.customer().id(), EXCEL_DATE.format(answer.submitted()),
                    answer.satisfaction() == null ? null : answer.satisfaction().toString(),
                    Integer.toString(answer.recommendation()), answer.interests(), answer.comment());
        }
        return csv;
    }

    static double satisfactionMean(CustomerGroup group) {
        return switch (group) {
            case HIGH_VALUE_LOYAL -> 4.4;
            case BARGAIN_HUNTER -> 3.6;
            case NEW_CUSTOMER -> 3.9;
            case AT_RISK -> 2.7;
            case YOUNG_SOCIAL -> 3.8;
        };
    }

    private static double responseRate(CustomerGroup group) {
        return switch (group) {
            case HIGH_VALUE_LOYAL -> 0.5;
            case BARGAIN_HUNTER -> 0.3;
            case NEW_CUSTOMER -> 0.25;
            case AT_RISK -> 0.2;
            case YOUNG_SOCIAL -> 0.35;
        };
    }

    /** The categories of the customer's favourite sub-categories, sometimes with a hobby, joined by 、. */
    private String interests(Customer customer) {
        Set<String> interests = new LinkedHashSet<>();
        for (int sub : customer.favouriteSubcategories()) {
            interests.add(CatalogueTable.CATEGORIES.get(sub / ProductCatalogue.SUBCATEGORIES_PER_CATEGORY));
        }
        if (random.chance(0.5)) {
            interests.add(random.pick(LIFESTYLE));
        }
        return String.join("、", interests);
    }

    private String comment(int satisfaction) {
        return random.pick(satisfaction >= 4 ? PRAISE : satisfaction == 3 ? REMARKS : COMPLAINTS);
    }
}
