package org.marketingworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingworkbench.ui.task.SameThreadTaskExecutor;
import org.marketingworkbench.ui.testing.FakeDialogService;
import org.marketingworkbench.ui.workspace.WorkspaceViewModel;

/** The load options: live preview as options change, and reloading with them. */
class LoadOptionsViewModelTest {
    private static final Path SURVEY = Path.of("sample-data/survey.csv");

    @TempDir
    Path folder;

    private WorkspaceViewModel workspace;
    private DataViewModel model;
    private LoadOptionsViewModel options;

    @BeforeEach
    void setUp() {
        Locale.setDefault(Locale.ENGLISH);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        FakeDialogService dialogs = new FakeDialogService();
        workspace = new WorkspaceViewModel(executor, dialogs);
        model = new DataViewModel(workspace, executor, dialogs);
        options = model.loadOptions();
    }

    @Test
    void thePreviewShowsTheDetectedEncodingAndChineseHeaders() {
        workspace.load(List.of(SURVEY));

        assertThat(options.previewProperty().get().layout().charset().name()).isEqualTo("GB18030");
        // The header line of survey.csv, decoded as GB18030 (iconv -f GB18030 -t UTF-8 | head -1)
        assertThat(options.previewProperty().get().columns()).containsExactly("客户编号", "提交日期", "满意度",
                "推荐意愿", "感兴趣的品类", "意见建议");
        assertThat(options.previewProperty().get().rows()).hasSize(LoadOptionsViewModel.PREVIEW_ROWS);
        assertThat(options.previewProperty().get().rows().get(0).get(0)).isEqualTo("C00177");
        assertThat(options.detected()).contains("GB18030", "comma");
        assertThat(options.textProperty().get()).isTrue();
    }

    @Test
    void choosingUtf8ForTheGbkSurveyProposesGb18030() {
        workspace.load(List.of(SURVEY));

        options.encodingProperty().set(LoadChoices.Encoding.UTF_8);

        String problem = options.problemProperty().get();
        boolean refused = !problem.isEmpty();
        String notices = options.previewProperty().get() == null ? ""
                : String.join(" ", options.previewProperty().get().notices().stream()
                        .map(org.marketingworkbench.data.Notice::text).toList());
        assertThat(refused ? problem : notices).contains("GB18030");

        options.encodingProperty().set(LoadChoices.Encoding.GB18030);
        assertThat(options.problemProperty().get()).isEmpty();
        assertThat(options.previewProperty().get().columns()).contains("客户编号");
    }

    @Test
    void theDelimiterAndHeaderChoicesChangeThePreviewAndTheReload() throws IOException {
        // Semicolons, but the user says "no header": the names become the first data row.
        Path file = folder.resolve("scores.csv");
        Files.writeString(file, "name;score\nAnn;3\nBob;5\nCai;4\n", StandardCharsets.UTF_8);
        workspace.load(List.of(file));
        assertThat(model.selectedProperty().get().table().rowCount()).isEqualTo(3);

        options.delimiterProperty().set(LoadChoices.Delimiter.SEMICOLON);
        options.headerProperty().set(LoadChoices.Header.NO);
        assertThat(options.previewProperty().get().rows()).hasSize(4);
        assertThat(options.previewProperty().get().rows().get(0)).containsExactly("name", "score");

        options.reload();

        assertThat(workspace.sources()).hasSize(1);
        assertThat(model.selectedProperty().get().table().rowCount()).isEqualTo(4);
        assertThat(options.reloadingProperty().get()).isFalse();
        // The reloaded file is the same file: the options stay as the user set them.
        assertThat(options.headerProperty().get()).isEqualTo(LoadChoices.Header.NO);
    }

    @Test
    void aWorkbookOffersItsSheetsAndReloadsTheChosenOne() throws IOException {
        // Two sheets: "Orders" with 2 rows, "Returns" with 1 row.
        Path file = folder.resolve("shop.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = Files.newOutputStream(file)) {
            sheet(workbook.createSheet("Orders"), new String[][] {{"order", "amount"}, {"A1", "10"}, {"A2", "20"}});
            sheet(workbook.createSheet("Returns"), new String[][] {{"order", "reason"}, {"A2", "broken"}});
            workbook.write(out);
        }
        workspace.load(List.of(file));

        assertThat(options.sheets()).containsExactly("Orders", "Returns");
        assertThat(options.textProperty().get()).isFalse();
        options.sheetProperty().set("Returns");
        assertThat(options.previewProperty().get().columns()).containsExactly("order", "reason");

        options.reload();

        assertThat(model.selectedProperty().get().table().columnNames()).containsExactly("order", "reason");
        assertThat(model.selectedProperty().get().table().rowCount()).isEqualTo(1);
    }

    private static void sheet(org.apache.poi.ss.usermodel.Sheet sheet, String[][] cells) {
        for (int row = 0; row < cells.length; row++) {
            var line = sheet.createRow(row);
            for (int column = 0; column < cells[row].length; column++) {
                line.createCell(column).setCellValue(cells[row][column]);
            }
        }
    }

    @Test
    void optionsFollowTheSelectedFile() {
        workspace.load(List.of(SURVEY, Path.of("sample-data/customers.csv")));
        model.selectedProperty().set(workspace.sources().get(0));
        options.encodingProperty().set(LoadChoices.Encoding.GB18030);

        model.selectedProperty().set(workspace.sources().get(1));

        assertThat(options.encodingProperty().get()).isEqualTo(LoadChoices.Encoding.DETECT);
        assertThat(options.previewProperty().get().columns()).contains("customer_id");
    }
}
