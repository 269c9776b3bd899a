package org.marketingworkbench.report;

import java.util.Set;

/**
 * How a table is exported as CSV (DESIGN.md section 6).
 *
 * @param encoding       the text encoding; UTF-8 with a BOM by default
 * @param guardFormulas  prefix text cells that a spreadsheet would run as a formula
 * @param personalColumns columns whose values are replaced by a salted hash
 * @param salt           the per-project secret of the hash; required when personal columns are given
 */
public record CsvExportOptions(CsvEncoding encoding, boolean guardFormulas, Set<String> personalColumns, byte[] salt) {

    public CsvExportOptions {
        personalColumns = Set.copyOf(personalColumns);
        salt = salt == null ? new byte[0] : salt.clone();
        if (!personalColumns.isEmpty() && salt.length == 0) {
            throw new IllegalArgumentException("personal columns need a salt to be pseudonymised");
        }
    }

    /** UTF-8 with a BOM, formulas guarded, nothing pseudonymised. */
    public static CsvExportOptions defaults() {
        return new CsvExportOptions(CsvEncoding.UTF8_BOM, true, Set.of(), null);
    }

    public CsvExportOptions withEncoding(CsvEncoding value) {
        return new CsvExportOptions(value, guardFormulas, personalColumns, salt);
    }

    public CsvExportOptions pseudonymising(Set<String> columns, byte[] projectSalt) {
        return new CsvExportOptions(encoding, guardFormulas, columns, projectSalt);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }
}
