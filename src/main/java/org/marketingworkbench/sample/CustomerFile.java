package org.marketingworkbench.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes customers.csv with its planted mess, and returns what was planted. */
final class CustomerFile {
    static final List<String> HEADER = List.of("customer_id", "name", "phone", "email", "birthday", "gender", "city",
            "city_tier", "monthly_income", "education", "signup_date", "preferred_platform", "purchased_after_campaign");
    static final int MISSING_INCOME = 150;
    static final int MISSING_BIRTHDAY = 90;
    static final int MISSING_CITY = 30;
    static final int INCOME_OUTLIERS = 8;
    static final int CITY_TRAILING_SPACE = 12;
    static final int DUPLICATES = 30;
    /** Other spellings of gender, as mixed exports have them: spelling, gender it stands for, count. */
    static final List<Object[]> GENDER_SPELLINGS = List.of(new Object[] {"M", "男", 14}, new Object[] {"F", "女", 11},
            new Object[] {"male", "男", 8}, new Object[] {"female", "女", 7}, new Object[] {"男性", "男", 5},
            new Object[] {"女性", "女", 6}, new Object[] {"", null, 9});

    private CustomerFile() {
    }

    static Map<String, Object> write(List<SampleCustomer> customers, Path file, long seed) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (SampleCustomer c : customers) {
            rows.add(new ArrayList<>(List.of(c.id(), c.name(), c.phone(), c.email(), c.birthday().toString(), c.gender(),
                    c.city().name(), c.city().tier(), c.income(), c.education(), c.signupDate().toString(), c.platform(),
                    c.purchased() ? "yes" : "no")));
        }
        Mess mess = new Mess(rows.size(), seed);
        Map<String, Object> planted = new LinkedHashMap<>();
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (int row : mess.take("missing_income", MISSING_INCOME)) {
            rows.get(row).set(8, "");
        }
        missing.put("monthly_income", MISSING_INCOME);
        for (int row : mess.take("missing_birthday", MISSING_BIRTHDAY)) {
            rows.get(row).set(4, "");
        }
        missing.put("birthday", MISSING_BIRTHDAY);
        for (int row : mess.take("missing_city", MISSING_CITY)) {
            rows.get(row).set(6, "");
            rows.get(row).set(7, "");
        }
        missing.put("city", MISSING_CITY);
        missing.put("city_tier", MISSING_CITY);
        planted.put("missing", missing);
        List<String> outlierIds = new ArrayList<>();
        for (int row : mess.take("income_outliers", INCOME_OUTLIERS)) {
            rows.get(row).set(8, ((Integer) rows.get(row).get(8)) * 10);
            outlierIds.add((String) rows.get(row).get(0));
        }
        planted.put("income_outliers", Ordered.map("customer_ids", outlierIds, "column", "monthly_income",
                "rule", "z-score above 3 on the non-missing monthly_income values (each is 10x the true income)"));
        Map<String, Integer> spellings = new LinkedHashMap<>();
        for (Object[] spelling : GENDER_SPELLINGS) {
            String gender = (String) spelling[1];
            int count = (Integer) spelling[2];
            for (int row : mess.take("gender_" + spelling[0], count, r -> gender == null || gender.equals(rows.get(r).get(5)))) {
                rows.get(row).set(5, spelling[0]);
            }
            spellings.put((String) spelling[0], count);
        }
        planted.put("gender_spellings", spellings);
        for (int row : mess.take("city_trailing_space", CITY_TRAILING_SPACE)) {
            rows.get(row).set(6, rows.get(row).get(6) + " ");
        }
        planted.put("city_trailing_spaces", CITY_TRAILING_SPACE);
        List<Integer> copied = mess.take("duplicates", DUPLICATES);
        planted.put("duplicate_rows", DUPLICATES);
        planted.put("duplicate_customer_ids", copied.stream().map(row -> rows.get(row).get(0)).toList());
        List<List<Object>> written = mess.withDuplicates(rows, copied);
        planted.put("rows", written.size());
        planted.put("unique_rows", rows.size());
        try (CsvOut out = new CsvOut(file, StandardCharsets.UTF_8, false)) {
            out.row(HEADER);
            written.forEach(out::row);
        }
        return planted;
    }

    static int ageOn(LocalDate birthday, LocalDate day) {
        return java.time.Period.between(birthday, day).getYears();
    }
}
