package org.marketingworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.data.ColumnProfile;
import org.marketingworkbench.data.ColumnRole;
import org.marketingworkbench.data.DataSource;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/**
 * The Data page's view-model on the sample files. Reference figures are pandas 2 on the same
 * files: {@code pd.read_csv('sample-data/survey.csv', encoding='gb18030')} and
 * {@code pd.read_csv('sample-data/customers.csv')}; each test names the expression.
 */
class DataViewModelTest {
    private static final Path SURVEY = Path.of("sample-data/survey.csv");
    private static final Path CUSTOMERS = Path.of("sample-data/customers.csv");

    @TempDir
    Path folder;

    private FakeDialogService dialogs;
    private WorkspaceViewModel workspace;
    private DataViewModel model;

    @BeforeEach
    void setUp() {
        Locale.setDefault(Locale.ENGLISH);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        dialogs = new FakeDialogService();
        workspace = new WorkspaceViewModel(executor, dialogs);
        model = new DataViewModel(workspace, executor, dialogs);
    }

    @Test
    void theGb18030SurveyOpensWithItsChineseHeadersAndRowCount() {
        workspace.load(List.of(SURVEY));

        DataSource survey = model.selectedProperty().get();
        // s.shape == (1021, 6); the file is GB18030 (planted-truth.json)
        assertThat(survey.table().rowCount()).isEqualTo(1021);
        assertThat(survey.table().columnNames()).startsWith("客户编号", "提交日期", "满意度");
        assertThat(survey.charset().name()).isEqualTo("GB18030");
        assertThat(model.rows().shownRowsProperty().get()).isEqualTo(1021);
        assertThat(model.rows().orderProperty().get()).isNull();
    }

    @Test
    void theInspectorShowsTheSatisfactionScoresAsPandasDescribesThem() {
        workspace.load(List.of(SURVEY));
        model.inspector().columnProperty().set("满意度");

        ColumnProfile profile = model.inspector().columnProfileProperty().get();
        // s['满意度'].isna().sum() == 12, .nunique() == 5
        assertThat(profile.missing()).isEqualTo(12);
        assertThat(profile.distinct()).isEqualTo(5);
        // s['满意度'].describe(): mean 3.653122, std 0.855997, 25% 3, 50% 4, 75% 4, min 1, max 5
        assertThat(profile.numbers().mean()).isCloseTo(3.653122, within(1e-6));
        assertThat(profile.numbers().std()).isCloseTo(0.855997, within(1e-6));
        assertThat(profile.numbers().q1()).isEqualTo(3);
        assertThat(profile.numbers().median()).isEqualTo(4);
        assertThat(profile.numbers().q3()).isEqualTo(4);
        assertThat(profile.numbers().histogram().total()).isEqualTo(1009);
        assertThat(model.inspector().columns()).hasSize(6);
    }

    @Test
    void theQuickFilterKeepsTheRowsWhoseCellsContainTheText() {
        workspace.load(List.of(SURVEY));

        model.rows().filterProperty().set("退款");

        // s.astype(str).apply(lambda c: c.str.contains('退款')).any(axis=1).sum() == 9
        assertThat(model.rows().shownRowsProperty().get()).isEqualTo(9);
        int[] rows = model.rows().orderProperty().get();
        var comments = model.selectedProperty().get().table().stringColumn("意见建议");
        assertThat(java.util.Arrays.stream(rows).mapToObj(comments::get)).allSatisfy(
                comment -> assertThat(comment).contains("退款"));
    }

    @Test
    void theFilterIgnoresCaseAndFindsChineseText() {
        workspace.load(List.of(CUSTOMERS));

        model.rows().filterProperty().set("上海");
        // c.astype(str).apply(lambda col: col.str.contains('上海')).any(axis=1).sum() == 161
        assertThat(model.rows().shownRowsProperty().get()).isEqualTo(161);

        model.rows().filterProperty().set("QQ.COM");
        // the same with .str.lower().str.contains('qq.com') == 1242
        assertThat(model.rows().shownRowsProperty().get()).isEqualTo(1242);

        model.rows().filterProperty().set("");
        assertThat(model.rows().orderProperty().get()).isNull();
        assertThat(model.rows().shownRowsProperty().get()).isEqualTo(3424);
    }

    @Test
    void sortingDescendingKeepsFileOrderAmongEqualValues() {
        workspace.load(List.of(SURVEY));
        var table = model.selectedProperty().get().table();

        model.rows().sort("推荐意愿", false);

        int[] order = model.rows().orderProperty().get();
        // s.sort_values('推荐意愿', ascending=False, kind='stable').head(2): C01441 then C00108
        assertThat(table.stringColumn("客户编号").get(order[0])).isEqualTo("C01441");
        assertThat(table.stringColumn("客户编号").get(order[1])).isEqualTo("C00108");
        assertThat(order).hasSize(1021);
    }

    @Test
    void sortingPutsMissingValuesLastAndFollowsTheFilter() {
        workspace.load(List.of(SURVEY));
        var table = model.selectedProperty().get().table();

        model.rows().sort("满意度", true);
        int[] order = model.rows().orderProperty().get();
        // s.sort_values('满意度', kind='stable', na_position='last'): first C00020 (1.0), last C00165 (NaN)
        assertThat(table.stringColumn("客户编号").get(order[0])).isEqualTo("C00020");
        assertThat(table.stringColumn("客户编号").get(order[order.length - 1])).isEqualTo("C00165");
        assertThat(table.column("满意度").isMissing(order[order.length - 1])).isTrue();

        model.rows().filterProperty().set("退款");
        assertThat(model.rows().orderProperty().get()).hasSize(9);
        assertThat(model.rows().sortColumnProperty().get()).isEqualTo("满意度");
    }

    @Test
    void personalDataIsFlaggedAndARoleChangeReplacesTheSource() {
        workspace.load(List.of(CUSTOMERS));
        DataSource before = model.selectedProperty().get();

        // phone, email and name hold personal data (planted-truth.json lists them as such columns)
        assertThat(before.roles()).containsEntry("phone", ColumnRole.PERSONAL).containsEntry("email",
                ColumnRole.PERSONAL).containsEntry("name", ColumnRole.PERSONAL);
        assertThat(model.personalColumns()).contains("phone", "email", "name");

        model.inspector().columnProperty().set("city");
        ColumnRole guessed = model.inspector().roleProperty().get();
        model.inspector().setRole(ColumnRole.IGNORE);

        DataSource after = model.selectedProperty().get();
        assertThat(after).isNotSameAs(before);
        assertThat(after.roles()).containsEntry("city", ColumnRole.IGNORE);
        assertThat(after.table()).isSameAs(before.table());
        assertThat(workspace.sources()).containsExactly(after);
        assertThat(workspace.inputs().get(0).role("city")).isEqualTo(ColumnRole.IGNORE);
        assertThat(model.inspector().roleProperty().get()).isEqualTo(ColumnRole.IGNORE);
        assertThat(model.inspector().roleReasonProperty().get()).startsWith("Chosen by you")
                .contains(DataFormats.role(guessed));
    }

    @Test
    void aTypeChangeShowsTheMisfitsWithTheirRowsBeforeItIsApplied() {
        workspace.load(List.of(CUSTOMERS));
        DataSource before = model.selectedProperty().get();
        model.inspector().columnProperty().set("customer_id");
        TypeChangeViewModel change = model.inspector().typeChange();

        change.preview(org.marketingworkbench.data.ColumnType.INTEGER);

        // Every id is "C" + digits, so none of the 3,424 rows (c.shape[0]) is a whole number; the first
        // is C00001 in table row 0, line 2 of the file (line 1 is the header).
        assertThat(change.readyProperty().get()).isTrue();
        assertThat(change.misfitCountProperty().get()).isEqualTo(3424);
        assertThat(change.examples().get(0).text()).isEqualTo("C00001");
        assertThat(change.examples().get(0).row()).isZero();
        assertThat(change.examples().get(0).line()).isEqualTo(2);
        assertThat(change.examples()).hasSize(TypeChangeViewModel.EXAMPLES);
        assertThat(model.selectedProperty().get()).isSameAs(before);

        change.discard();
        assertThat(change.readyProperty().get()).isFalse();
        assertThat(model.selectedProperty().get().types().get("customer_id")).isEqualTo(before.types().get("customer_id"));
    }

    @Test
    void anAppliedTypeChangeKeepsTheCellsThatFitAndCountsTheRest() throws IOException {
        // Hand example: "12", "15", "abc", "20" as whole numbers: one misfit, "abc" in row 2 (line 4).
        Path file = folder.resolve("codes.csv");
        Files.writeString(file, "code,name\n12,a\n15,b\nabc,c\n20,d\n", StandardCharsets.UTF_8);
        workspace.load(List.of(file));
        model.inspector().columnProperty().set("code");
        assertThat(model.inspector().columnProfileProperty().get().type().id()).isIn("text", "category");

        model.inspector().typeChange().preview(org.marketingworkbench.data.ColumnType.INTEGER);
        assertThat(model.inspector().typeChange().misfitCountProperty().get()).isEqualTo(1);
        assertThat(model.inspector().typeChange().examples().get(0).line()).isEqualTo(4);
        model.inspector().typeChange().apply();

        ColumnProfile code = model.inspector().columnProfileProperty().get();
        assertThat(code.type().id()).isEqualTo("integer");
        assertThat(code.missing()).isEqualTo(1);
        // (12 + 15 + 20) / 3
        assertThat(code.numbers().mean()).isCloseTo(47.0 / 3, within(1e-12));
        assertThat(model.problems()).anySatisfy(line -> assertThat(line).contains("abc"));
    }

    @Test
    void raggedRowsAreListedWithTheirLineNumbers() throws IOException {
        // Line 3 has one field too many, line 5 one too few.
        Path file = folder.resolve("ragged.csv");
        Files.writeString(file, "a,b,c\n1,2,3\n4,5,6,7\n8,9,10\n11,12\n13,14,15\n", StandardCharsets.UTF_8);
        workspace.load(List.of(file));

        assertThat(model.problemSummaryProperty().get()).contains("ragged.csv");
        assertThat(model.problems()).contains("Line 3: 4 fields where 3 were expected.",
                "Line 5: 2 fields where 3 were expected.");
    }

    @Test
    void removingTheSelectedSourceShowsTheNextOne() {
        workspace.load(List.of(SURVEY, CUSTOMERS));
        DataSource survey = workspace.sources().get(0);

        model.remove(survey);

        assertThat(workspace.sources()).hasSize(1);
        assertThat(model.selectedProperty().get().name()).isEqualTo("customers.csv");
        assertThat(model.rows().tableProperty().get().rowCount()).isEqualTo(3424);
    }
}
