package org.marketingworkbench.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Writes customers.csv with planted, countable mess. Each messy customer carries exactly one defect,
 * and the exact duplicate rows copy only clean customers, so every cleaning step removes the same
 * rows whatever order the steps run in.
 */
final class CustomerMess {

    /** The kinds of planted defect and how many customers carry each. */
    enum Defect {
        MISSING_BIRTHDAY(33), MISSING_EMAIL(71), MISSING_INCOME(46), MISSING_EDUCATION(58),
        GENDER_M(23), GENDER_MALE(11), GENDER_F(19), GENDER_FEMALE_WORD(14), GENDER_BLANK(17),
        INCOME_TIMES_TEN(8), CITY_TRAILING_SPACE(12), CITY_TRAILING_IDEOGRAPHIC_SPACE(5);

        final int count;

        Defect(int count) {
            this.count = count;
        }
    }

    static final int DUPLICATE_ROWS = 24;
    static final List<String> HEADER = List.of("customer_id", "name", "gender", "birthday", "phone", "email", "city",
            "city_tier", "income", "education", "signup_date", "preferred_platform", PurchaseOutcome.COLUMN);
    /** Incomes at least this high, written ten times over, are far beyond any real customer's. */
    static final int OUTLIER_SOURCE_MIN_INCOME = 9_000;

    private final Map<Defect, List<Customer>> defects = new EnumMap<>(Defect.class);
    private final Map<Integer, Defect> defectOf = new TreeMap<>();
    private final List<Customer> duplicated;
    /** Original customer index -> index of the customer after whose row its copy is written. */
    private final Map<Integer, Integer> copyAfter = new TreeMap<>();

    CustomerMess(long seed, List<Customer> customers) {
        SampleRandom random = new SampleRandom(seed, "customer-mess");
        for (Defect defect : Defect.values()) {
            Predicate<Customer> fits = switch (defect) {
                case GENDER_M, GENDER_MALE -> c -> !c.female();
                case GENDER_F, GENDER_FEMALE_WORD -> Customer::female;
                case INCOME_TIMES_TEN -> c -> c.income() >= OUTLIER_SOURCE_MIN_INCOME;
                default -> c -> true;
            };
            List<Customer> pool = customers.stream().filter(c -> !defectOf.containsKey(c.index()) && fits.test(c))
                    .toList();
            List<Customer> chosen = random.sample(pool, defect.count);
            chosen.forEach(c -> defectOf.put(c.index(), defect));
            defects.put(defect, chosen.stream().sorted((a, b) -> a.index() - b.index()).toList());
        }
        List<Customer> clean = customers.stream().filter(c -> !defectOf.containsKey(c.index())).toList();
        duplicated = random.sample(clean, DUPLICATE_ROWS).stream().sorted((a, b) -> a.index() - b.index()).toList();
        // Each copy lands somewhere after its original, as a second export appended out of order would.
        for (Customer customer : duplicated) {
            copyAfter.put(customer.index(), random.between(customer.index(), customers.size() - 1));
        }
    }

    List<Customer> withDefect(Defect defect) {
        return defects.get(defect);
    }

    List<Customer> duplicated() {
        return duplicated;
    }

    /** The defect planted on this customer's row, or null for a clean row. */
    Defect defectOf(Customer customer) {
        return defectOf.get(customer.index());
    }

    CsvText csv(List<Customer> customers, List<Boolean> purchased) {
        CsvText csv = new CsvText("\n", HEADER.toArray(String[]::new));
        List<List<Customer>> copiesAfter = new ArrayList<>();
        customers.forEach(c -> copiesAfter.add(new ArrayList<>()));
        copyAfter.forEach((original, after) -> copiesAfter.get(after).add(customers.get(original)));
        for (Customer customer : customers) {
            csv.row(row(customer, purchased.get(customer.index())));
            for (Customer copy : copiesAfter.get(customer.index())) {
                csv.row(row(copy, purchased.get(copy.index())));
            }
        }
        return csv;
    }

    private String[] row(Customer c, boolean purchased) {
        Defect defect = defectOf.get(c.index());
        String gender = genderAsWritten(c);
        String city = c.city().name() + (defect == Defect.CITY_TRAILING_SPACE ? " "
                : defect == Defect.CITY_TRAILING_IDEOGRAPHIC_SPACE ? "\u3000" : "");
        int income = defect == Defect.INCOME_TIMES_TEN ? c.income() * 10 : c.income();
        return new String[] {c.id(), c.name(), gender,
            defect == Defect.MISSING_BIRTHDAY ? null : c.birthday().toString(), c.phone(),
            defect == Defect.MISSING_EMAIL ? null : c.email(), city, Integer.toString(c.city().tier()),
            defect == Defect.MISSING_INCOME ? null : Integer.toString(income),
            defect == Defect.MISSING_EDUCATION ? null : c.education(), c.signupDate().toString(), c.platform(),
            purchased ? "1" : "0"};
    }

    /** The customer's gender as customers.csv spells it (empty when blank). */
    String genderAsWritten(Customer c) {
        Defect defect = defectOf.get(c.index());
        if (defect == null) {
            return c.female() ? "女" : "男";
        }
        return switch (defect) {
            case GENDER_M -> "M";
            case GENDER_MALE -> "male";
            case GENDER_F -> "F";
            case GENDER_FEMALE_WORD -> "女性";
            case GENDER_BLANK -> "";
            default -> c.female() ? "女" : "男";
        };
    }
}
