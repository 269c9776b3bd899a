package org.marketingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketingworkbench.common.Progress;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class RoleGuesserTest {

    private static RoleGuesses guess(Column<?>... columns) {
        Table table = Table.create("t", columns);
        return RoleGuesser.guess(table, ColumnProfiler.profile(table, Map.of(), Progress.none()));
    }

    private static RoleGuess guessOne(Column<?> column) {
        return guess(column).get(column.name());
    }

    @Test
    void bankMarketingHasOneTargetAndNoPersonalData() {
        DataSource bank = DataLoader.load(PandasPeer.bankFull(),
                LoadOptions.detect().withDelimiter(';'), Progress.none());

        RoleGuesses roles = RoleGuesser.guess(bank.table(),
                ColumnProfiler.profile(bank.table(), bank.types(), Progress.none()));

        // y (yes/no: did the client subscribe) is the dataset's documented target; every other column describes
        // the client or the call, none names or identifies a person.
        assertThat(roles.get("y").role()).isEqualTo(ColumnRole.TARGET);
        assertThat(roles.roles()).hasSize(17);
        assertThat(roles.roles().entrySet()).filteredOn(entry -> !entry.getKey().equals("y"))
                .allSatisfy(entry -> assertThat(entry.getValue()).isEqualTo(ColumnRole.FEATURE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "customer_id", "CustomerID", "客户ID", "会员编号", "userid"})
    void uniqueValuesWithAnIdentifierNameAreTheId(String name) {
        RoleGuess guess = guessOne(IntColumn.create(name, 101, 102, 103, 104));

        assertThat(guess.role()).isEqualTo(ColumnRole.ID);
        assertThat(guess.reasonKey()).isEqualTo("data.role.reason.idUnique");
    }

    @Test
    void repeatedCustomerIdsInOrderLinesStayIdentifiers() {
        RoleGuess guess = guessOne(IntColumn.create("customer_id", 7, 7, 8, 9));

        assertThat(guess.role()).isEqualTo(ColumnRole.ID);
        assertThat(guess.reasonKey()).isEqualTo("data.role.reason.idRepeated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"order_id", "OrderNo", "basket", "transaction", "InvoiceNo", "订单号", "交易编号"})
    void repeatedOrderNumbersAreBaskets(String name) {
        assertThat(guessOne(StringColumn.create(name, "A1", "A1", "A2", "A3", "A3")).role())
                .isEqualTo(ColumnRole.BASKET);
    }

    @Test
    void uniqueOrderNumbersIdentifyTheRow() {
        assertThat(guessOne(StringColumn.create("order_id", "A1", "A2", "A3")).role()).isEqualTo(ColumnRole.ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"item", "product", "sku", "StockCode", "商品", "产品名称", "product_id"})
    void productColumnsAreItems(String name) {
        assertThat(guessOne(StringColumn.create(name, "milk", "bread", "milk", "eggs")).role())
                .isEqualTo(ColumnRole.ITEM);
    }

    @Test
    void measuresOfOrdersAndItemsAreFeatures() {
        RoleGuesses roles = guess(DoubleColumn.create("item_price", 1.5, 2.0, 1.5),
                IntColumn.create("product_count", 1, 3, 1), IntColumn.create("订单金额", 100, 250, 100));

        assertThat(roles.roles().values()).containsOnly(ColumnRole.FEATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"y", "target", "purchase", "Churn", "converted", "是否购买", "是否流失"})
    void twoValuedOutcomesAreTargets(String name) {
        RoleGuess guess = guessOne(StringColumn.create(name, "yes", "no", "no", "yes", "no"));

        assertThat(guess.role()).isEqualTo(ColumnRole.TARGET);
    }

    @Test
    void anOutcomeWithThreeValuesIsNoTarget() {
        assertThat(guessOne(StringColumn.create("churn", "yes", "no", "maybe")).role()).isEqualTo(ColumnRole.FEATURE);
    }

    @Test
    void datesAreDates() {
        DateColumn dates = DateColumn.create("order_date", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3));

        assertThat(guessOne(dates).role()).isEqualTo(ColumnRole.DATE);
    }

    @Test
    void constantAndEmptyColumnsAreIgnored() {
        RoleGuesses roles = guess(StringColumn.create("country", "CN", "CN", "CN"),
                DoubleColumn.create("fee", 5.0, 5.0, 5.0), StringColumn.create("note", "", "", ""));

        assertThat(roles.roles().values()).containsOnly(ColumnRole.IGNORE);
        assertThat(roles.get("fee").reasonKey()).isEqualTo("data.role.reason.constant");
        assertThat(roles.get("fee").reason()).startsWith("Every row holds the same value (5),");
        assertThat(roles.get("note").reasonKey()).isEqualTo("data.role.reason.empty");
    }

    @Test
    void columnsOfATableWithoutRowsAreIgnoredUnlessNamedPersonal() {
        RoleGuesses roles = guess(IntColumn.create("customer_id"), StringColumn.create("email"));

        assertThat(roles.get("customer_id").role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(roles.get("customer_id").reasonKey()).isEqualTo("data.role.reason.noRows");
        assertThat(roles.get("email").role()).isEqualTo(ColumnRole.PERSONAL);
    }

    @Test
    void guessesEveryOneOfTwoHundredColumns() {
        Column<?>[] columns = new Column<?>[200];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = IntColumn.create("m" + i, i, i + 1, i + 3);
        }

        RoleGuesses roles = guess(columns);

        assertThat(roles.roles()).hasSize(200).containsEntry("m199", ColumnRole.FEATURE);
    }

    @Test
    void personalDataByHeaderSaysWhichWord() {
        RoleGuess guess = guessOne(StringColumn.create("手机号码", "a", "b", "c"));

        assertThat(guess.role()).isEqualTo(ColumnRole.PERSONAL);
        assertThat(guess.personalData()).isEqualTo(PersonalDataMatch.byHeader(PersonalDataMatch.Kind.PHONE, "手机"));
        assertThat(guess.reason()).contains("phone number").contains("手机");
    }

    @Test
    void personalDataByContentIsFoundInAnOddlyNamedNumberColumn() {
        // Mobile numbers read as numbers: 11 digits starting 13..19.
        RoleGuess guess = guessOne(LongColumn.create("c7", 13812345678L, 15900001111L, 18611112222L));

        assertThat(guess.role()).isEqualTo(ColumnRole.PERSONAL);
        assertThat(guess.personalData())
                .isEqualTo(PersonalDataMatch.byContent(PersonalDataMatch.Kind.PHONE, "chinese-mobile", 3, 3));
        assertThat(guess.reason()).contains("3 of 3");
    }

    @Test
    void personalDataWinsOverAnIdentifierName() {
        RoleGuess guess = guessOne(StringColumn.create("contact_id", "a@x.cn", "b@y.cn", "c@z.cn"));

        assertThat(guess.role()).isEqualTo(ColumnRole.PERSONAL);
    }

    @Test
    void aYesNoColumnNamedLikePersonalDataIsAFeature() {
        // "has a mobile": yes/no over many rows cannot identify anyone.
        RoleGuess guess = guessOne(StringColumn.create("mobile", "yes", "no", "no", "yes"));

        assertThat(guess.role()).isEqualTo(ColumnRole.FEATURE);
    }

    @Test
    void reasonsAreTranslated() {
        RoleGuess guess = guessOne(StringColumn.create("country", "CN", "CN"));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(guess.reason()).isEqualTo("每一行的值都相同（CN），无法区分各行，因此忽略此列。");
        } finally {
            Locale.setDefault(before);
        }
    }
}
