package org.marketingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketingworkbench.data.PersonalDataMatch.Evidence;
import org.marketingworkbench.data.PersonalDataMatch.Kind;

class PersonalDataDetectorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "name, NAME, name",
        "Customer Name, NAME, name",
        "first_name, NAME, first_name",
        "lastName, NAME, last_name",
        "phone, PHONE, phone",
        "Mobile, PHONE, mobile",
        "phone2, PHONE, phone",
        "telephone_number, PHONE, telephone",
        "E-Mail, EMAIL, email",
        "email_address, EMAIL, email_address",
        "Address, ADDRESS, address",
        "id_card, ID_CARD, idcard",
        "NationalID, ID_CARD, nationalid",
        "passport_no, PASSPORT, passport",
        "credit_card, CARD_NUMBER, creditcard",
        "姓名, NAME, 姓名",
        "客户姓名, NAME, 姓名",
        "手机, PHONE, 手机",
        "手机号码, PHONE, 手机",
        "联系电话, PHONE, 电话",
        "邮箱, EMAIL, 邮箱",
        "收货地址, ADDRESS, 地址",
        "身份证号, ID_CARD, 身份证",
        "证件号码, ID_CARD, 证件",
        "护照号, PASSPORT, 护照"})
    void recognisesPersonalHeadersInEnglishAndChinese(String header, Kind kind, String pattern) {
        Optional<PersonalDataMatch> match = PersonalDataDetector.byHeader(header);

        assertThat(match).isPresent();
        assertThat(match.get().kind()).isEqualTo(kind);
        assertThat(match.get().evidence()).isEqualTo(Evidence.HEADER);
        assertThat(match.get().pattern()).isEqualTo(pattern.replace("_", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"product_name", "campaign name", "CityName", "contact", "job", "paid", "balance", "y",
        "month", "customer_id", "商品名称", "城市", "订单号", "telemarketing"})
    void leavesOrdinaryHeadersAlone(String header) {
        assertThat(PersonalDataDetector.byHeader(header)).isEmpty();
    }

    @Test
    void findsEmailAddressesInTheValues() {
        List<String> sample = List.of("li.wei@example.com", "anna+news@mail.example.org", "zhang_san@163.com");

        assertThat(PersonalDataDetector.byContent(sample))
                .contains(PersonalDataMatch.byContent(Kind.EMAIL, "email", 3, 3));
    }

    @Test
    void findsChineseMobileNumbersWrittenInAnyUsualWay() {
        List<String> sample = List.of("13812345678", "+86 139 0000 1111", "0086-15912345678", "86 17700001111",
                "199 8888 7777");

        assertThat(PersonalDataDetector.byContent(sample))
                .contains(PersonalDataMatch.byContent(Kind.PHONE, "chinese-mobile", 5, 5));
    }

    @Test
    void findsFormattedPhoneNumbers() {
        List<String> sample = List.of("+44 20 7946 0958", "(555) 123-4567", "010-62751234", "+1 212 555 0100");

        assertThat(PersonalDataDetector.byContent(sample).map(PersonalDataMatch::pattern)).contains("phone");
    }

    @Test
    void findsIdCardNumbersOnlyWithValidCheckCharacters() {
        // Check characters worked by hand in IdNumberChecksTest.
        List<String> valid = List.of("11010519491231002X", "440524188001010014", "320106199003071234");
        List<String> wrongChecks = List.of("110105194912310021", "440524188001010015", "320106199003071239");

        assertThat(PersonalDataDetector.byContent(valid).map(PersonalDataMatch::kind)).contains(Kind.ID_CARD);
        assertThat(PersonalDataDetector.byContent(wrongChecks)).isEmpty();
    }

    @Test
    void findsCardNumbersThatPassLuhn() {
        List<String> sample = List.of("4539 1488 0343 6467", "4111111111111111");

        assertThat(PersonalDataDetector.byContent(sample).map(PersonalDataMatch::kind)).contains(Kind.CARD_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2143", "1234567", "102127", "2024-03-01", "01-03-2024", "00012345", "100000-200000",
        "-8019", "12.5", "blue-collar", "SKU-20931"})
    void leavesAmountsDatesCodesAndWordsAlone(String value) {
        assertThat(PersonalDataDetector.byContent(Collections.nCopies(10, value))).isEmpty();
    }

    @Test
    void needsFourInFiveSampledValuesToMatch() {
        List<String> sevenOfTen = List.of("a@b.cn", "c@d.cn", "e@f.cn", "g@h.cn", "i@j.cn", "k@l.cn", "m@n.cn",
                "none", "n/a", "ask");
        List<String> eightOfTen = List.of("a@b.cn", "c@d.cn", "e@f.cn", "g@h.cn", "i@j.cn", "k@l.cn", "m@n.cn",
                "o@p.cn", "none", "ask");

        assertThat(PersonalDataDetector.byContent(sevenOfTen)).isEmpty();
        assertThat(PersonalDataDetector.byContent(eightOfTen).map(PersonalDataMatch::matched)).contains(8);
    }

    @Test
    void headerWinsOverContent() {
        Optional<PersonalDataMatch> match = PersonalDataDetector.detect("邮箱", List.of("13812345678"));

        assertThat(match.map(PersonalDataMatch::evidence)).contains(Evidence.HEADER);
        assertThat(match.map(PersonalDataMatch::kind)).contains(Kind.EMAIL);
    }
}
