package org.marketingworkbench.predict;

import java.nio.file.Path;
import org.marketingworkbench.common.Progress;
import org.marketingworkbench.data.DataLoader;
import org.marketingworkbench.data.PandasPeer;
import org.marketingworkbench.data.LoadOptions;
import tech.tablesaw.api.Table;

/** Bank Marketing bank-full.csv (UCI 222, Moro et al. 2014), as the datasets README describes, loaded once. */
final class BankMarketing {
    private static Table table;

    private BankMarketing() {
    }

    static synchronized Table table() {
        if (table == null) {
            table = DataLoader.load(PandasPeer.bankFull(), LoadOptions.detect().withDelimiter(';'), Progress.none()).table();
        }
        return table;
    }
}
