package org.marketingworkbench.data.excel;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * A workbook cell as the text our value parsers read: the stored value, not the displayed one
 * (50% is stored as 0.5, a date as a date), so no display format or locale gets in the way.
 * Formulas give their last computed value. Blank cells are null.
 */
final class CellValues {

    private static final double EXACT_WHOLE = 9_007_199_254_740_992d; // 2^53

    private CellValues() {
    }

    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? dateText(cell.getLocalDateTimeCellValue())
                    : numberText(cell.getNumericCellValue());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> null;
        };
    }

    static String numberText(double value) {
        if (value == Math.rint(value) && Math.abs(value) < EXACT_WHOLE) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String dateText(LocalDateTime value) {
        if (value == null) {
            return null;
        }
        return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : value.toString();
    }
}
