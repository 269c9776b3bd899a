package org.marketingworkbench.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Draws the customers of every planted group and numbers them in signup order (C00001 signed up
 * first), as a shop's customer table would.
 */
final class CustomerGenerator {

    static final List<String> PLATFORMS = List.of("WeChat", "Weibo", "Douyin", "Xiaohongshu", "Bilibili");
    static final List<String> EDUCATION = List.of("高中及以下", "大专", "本科", "硕士", "博士");
    /** Incomes are higher in bigger cities: factor per tier 1 to 4. */
    private static final double[] TIER_INCOME_FACTORS = {1.25, 1.1, 0.95, 0.8};
    private static final double INCOME_SIGMA = 0.2;

    private final SampleRandom random;
    private final ProductCatalogue catalogue;
    private final ChineseNames names = new ChineseNames();
    private final Cities cities = new Cities();

    CustomerGenerator(long seed, ProductCatalogue catalogue) {
        this.random = new SampleRandom(seed, "customers");
        this.catalogue = catalogue;
    }

    List<Customer> generate() {
        List<Customer> drafts = new ArrayList<>();
        for (CustomerGroup group : CustomerGroup.values()) {
            for (int i = 0; i < group.size; i++) {
                drafts.add(draft(group));
            }
        }
        // A stable sort: customers who signed up on the same day keep the order they were drawn in.
        drafts.sort(Comparator.comparing(Customer::signupDate));
        List<Customer> customers = new ArrayList<>(drafts.size());
        for (Customer draft : drafts) {
            int index = customers.size();
            customers.add(new Customer(index, String.format(Locale.ROOT, "C%05d", index + 1), draft.group(),
                    draft.name(), draft.female(), draft.birthday(), draft.phone(), draft.email(), draft.city(),
                    draft.income(), draft.education(), draft.signupDate(), draft.platform(),
                    draft.favouriteSubcategories()));
        }
        return List.copyOf(customers);
    }

    private Customer draft(CustomerGroup group) {
        boolean female = random.chance(group.femaleShare);
        ChineseNames.PersonName name = names.name(random, female);
        int age = (int) Math.round(random.boundedNormal(group.age.centre(), group.age.spread(), group.age.min(),
                group.age.max()));
        LocalDate birthday = SampleDataGenerator.REFERENCE_DATE.minusYears(age).minusDays(random.between(0, 364));
        Cities.City city = cities.pick(random, group.tierWeights());
        double median = group.income.centre() * TIER_INCOME_FACTORS[city.tier() - 1];
        double income = Math.max(group.income.min(), Math.min(group.income.max(),
                random.logNormal(median, INCOME_SIGMA)));
        // Nobody signs up before sixteen.
        LocalDate earliest = birthday.plusYears(16).isAfter(group.signupFrom) ? birthday.plusYears(16)
                : group.signupFrom;
        LocalDate signup = random.dateBetween(earliest.isAfter(group.signupTo) ? group.signupTo : earliest,
                group.signupTo);
        return new Customer(-1, null, group, name.characters(), female, birthday, names.phone(random),
                names.email(random, name, birthday.getYear()), city, (int) Math.round(income / 100) * 100,
                EDUCATION.get(random.pickIndex(group.educationWeights())), signup,
                PLATFORMS.get(random.pickIndex(group.platformWeights())), favourites(group));
    }

    /** Two different sub-categories the customer keeps coming back to. */
    private List<Integer> favourites(CustomerGroup group) {
        int first = catalogue.randomSubcategory(random, group.categoryWeights());
        int second = first;
        while (second == first) {
            second = catalogue.randomSubcategory(random, group.categoryWeights());
        }
        return List.of(first, second);
    }
}
