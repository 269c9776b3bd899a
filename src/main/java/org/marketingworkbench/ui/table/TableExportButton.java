package org.marketingworkbench.ui.table;

import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.marketingworkbench.i18n.Messages;
import tech.tablesaw.api.Table;

/** "Export" for any table: CSV for Excel, UTF-8, GB18030 or an Excel workbook, with personal data pseudonymised by default. */
public final class TableExportButton extends MenuButton {

    public TableExportButton(TableExportService service, Supplier<Table> table, Supplier<String> name,
            Supplier<Set<String>> personalColumns) {
        super(Messages.get("table.export"), new FontIcon(Feather.DOWNLOAD));
        getStyleClass().addAll("flat", "small");
        CheckMenuItem keepPersonal = new CheckMenuItem(Messages.get("table.keepPersonal"));
        for (TableExportService.Format format : TableExportService.Format.values()) {
            MenuItem item = new MenuItem(Messages.get("table.format." + format.name().toLowerCase(java.util.Locale.ROOT)));
            item.setOnAction(event -> service.export(table, name.get(), format, personalColumns.get(),
                    keepPersonal.isSelected()));
            getItems().add(item);
        }
        getItems().addAll(new SeparatorMenuItem(), keepPersonal);
    }
}
