package org.marketingworkbench.data;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises columns that hold personal data (DESIGN.md section 6) by their header, in English
 * or Chinese, and by their values: e-mail addresses, phone numbers (Chinese mobiles and
 * formatted international numbers), Chinese identity card numbers with a valid check character,
 * and payment card numbers that pass the Luhn check.
 */
public final class PersonalDataDetector {

    /** Share of sampled values that must match a content pattern; a few typos do not hide a column. */
    static final double CONTENT_SHARE = 0.8;

    /** Header words (English, whole words) and fragments (Chinese, anywhere) of one kind. */
    private record HeaderPattern(PersonalDataMatch.Kind kind, Set<String> words, List<String> fragments) {
    }

    /** Tried in this order: "email address" is an e-mail, not an address. */
    private static final List<HeaderPattern> HEADER_PATTERNS = List.of(
            new HeaderPattern(PersonalDataMatch.Kind.EMAIL, Set.of("email", "mail", "emailaddress"),
                    List.of("邮箱", "电子邮件", "电邮", "邮件")),
            new HeaderPattern(PersonalDataMatch.Kind.PHONE, Set.of("phone", "telephone", "tel", "mobile", "cellphone",
                    "cell", "phonenumber", "mobilephone", "fax", "whatsapp"),
                    List.of("手机", "电话", "联系方式", "座机", "传真")),
            new HeaderPattern(PersonalDataMatch.Kind.ID_CARD, Set.of("idcard", "identitycard", "nationalid", "ssn",
                    "nric", "identitynumber"), List.of("身份证", "证件")),
            new HeaderPattern(PersonalDataMatch.Kind.PASSPORT, Set.of("passport"), List.of("护照")),
            new HeaderPattern(PersonalDataMatch.Kind.CARD_NUMBER, Set.of("creditcard", "cardnumber", "cardno", "iban"),
                    List.of("银行卡", "信用卡")),
            new HeaderPattern(PersonalDataMatch.Kind.ADDRESS, Set.of("address", "addr", "street", "residence"),
                    List.of("地址", "住址", "街道")),
            new HeaderPattern(PersonalDataMatch.Kind.NAME, Set.of("name", "fullname", "firstname", "lastname",
                    "surname", "forename", "givenname", "familyname", "nickname", "username"),
                    List.of("姓名", "名字", "姓氏", "联系人", "收货人", "收件人", "昵称", "用户名")));

    /**
     * Words before "name" that make it something other than a person's name ("product name").
     * A plain "name" column is taken as personal: missing a real one is the worse mistake.
     */
    private static final Set<String> THING_NAMES = Set.of("product", "item", "campaign", "company", "brand", "store",
            "shop", "channel", "segment", "category", "file", "sku", "city", "country", "province", "region",
            "street", "event", "team", "job", "plan", "program", "project", "list", "group", "class", "course",
            "column", "host", "domain", "device", "model", "merchant", "vendor", "supplier", "goods", "sheet",
            "page", "site", "app", "package", "offer", "promotion", "coupon", "tag", "level", "tier", "type");

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /** Mainland mobile numbers: 11 digits starting 13 to 19, with or without the +86 prefix. */
    private static final Pattern CHINESE_MOBILE = Pattern.compile("(\\+?0{0,2}86)?1[3-9]\\d{9}");
    /** Digits with the separators phone numbers are written with. */
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?\\(?[0-9][0-9 ()-]{5,22}[0-9]");
    private static final Pattern SEPARATORS = Pattern.compile("[ ()-]");
    private static final Pattern DIGIT_GROUP = Pattern.compile("[0-9]+");
    /** Dates written as text (2024-03-01, 01-03-2024) have digit groups too, but are not phones. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}.*|\\d{1,2}-\\d{1,2}-\\d{2,4}.*");

    private PersonalDataDetector() {
    }

    /**
     * The personal data {@code header} or the {@code sample} of non-missing values (as text)
     * suggests, or empty. The header is tried first.
     */
    public static Optional<PersonalDataMatch> detect(String header, List<String> sample) {
        Optional<PersonalDataMatch> byHeader = byHeader(header);
        return byHeader.isPresent() ? byHeader : byContent(sample);
    }

    /** The personal data the column name suggests, or empty. */
    public static Optional<PersonalDataMatch> byHeader(String header) {
        HeaderWords words = HeaderWords.of(header);
        for (HeaderPattern pattern : HEADER_PATTERNS) {
            String word = words.firstWord(pattern.words());
            if (word != null && !(word.equals("name") && words.hasWord(THING_NAMES))) {
                return Optional.of(PersonalDataMatch.byHeader(pattern.kind(), word));
            }
            String fragment = words.firstFragment(pattern.fragments());
            if (fragment != null) {
                return Optional.of(PersonalDataMatch.byHeader(pattern.kind(), fragment));
            }
        }
        return Optional.empty();
    }

    /** The personal data most of the sampled values look like, or empty. */
    public static Optional<PersonalDataMatch> byContent(List<String> sample) {
        if (sample.isEmpty()) {
            return Optional.empty();
        }
        int emails = 0;
        int mobiles = 0;
        int phones = 0;
        int idCards = 0;
        int cards = 0;
        for (String raw : sample) {
            String value = raw.strip();
            String digits = SEPARATORS.matcher(value).replaceAll("");
            if (EMAIL.matcher(value).matches()) {
                emails++;
            }
            if (CHINESE_MOBILE.matcher(digits).matches()) {
                mobiles++;
            }
            if (isFormattedPhone(value, digits)) {
                phones++;
            }
            if (IdNumberChecks.isChineseIdCard(value)) {
                idCards++;
            }
            if (IdNumberChecks.isCardNumber(digits)) {
                cards++;
            }
        }
        int n = sample.size();
        if (enough(emails, n)) {
            return Optional.of(PersonalDataMatch.byContent(PersonalDataMatch.Kind.EMAIL, "email", emails, n));
        }
        if (enough(idCards, n)) {
            return Optional.of(PersonalDataMatch.byContent(PersonalDataMatch.Kind.ID_CARD, "chinese-id-card", idCards, n));
        }
        if (enough(mobiles, n)) {
            return Optional.of(PersonalDataMatch.byContent(PersonalDataMatch.Kind.PHONE, "chinese-mobile", mobiles, n));
        }
        if (enough(cards, n)) {
            return Optional.of(PersonalDataMatch.byContent(PersonalDataMatch.Kind.CARD_NUMBER, "card-number", cards, n));
        }
        if (enough(phones, n)) {
            return Optional.of(PersonalDataMatch.byContent(PersonalDataMatch.Kind.PHONE, "phone", phones, n));
        }
        return Optional.empty();
    }

    /**
     * Plain digit runs are too often amounts or codes, so a phone number must show itself as
     * one: 7 to 15 digits with a leading +, written in three or more digit groups
     * ("138 1234 5678", "(555) 123-4567"), or an area code with a leading 0 and the number
     * ("010-12345678"). Two groups without the 0 are more often a range ("100000-200000"), and
     * one group with a leading 0 a zero-padded code ("00012345").
     */
    private static boolean isFormattedPhone(String value, String digits) {
        if (!PHONE_CHARACTERS.matcher(value).matches() || DATE.matcher(value).matches()) {
            return false;
        }
        String bare = digits.startsWith("+") ? digits.substring(1) : digits;
        if (bare.length() < 7 || bare.length() > 15 || !bare.chars().allMatch(Character::isDigit)) {
            return false;
        }
        long groups = DIGIT_GROUP.matcher(value).results().count();
        return value.startsWith("+") || groups >= 3 || groups == 2 && value.startsWith("0");
    }

    private static boolean enough(int matched, int sampled) {
        return matched > 0 && matched >= CONTENT_SHARE * sampled;
    }
}
