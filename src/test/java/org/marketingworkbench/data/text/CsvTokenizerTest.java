package org.marketingworkbench.data.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {

    /** All records of {@code text}, read as a whole file. */
    private static List<List<String>> records(String text, char delimiter, char terminator) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CsvTokenizer tokenizer = new CsvTokenizer((byte) delimiter, (byte) terminator);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        int position = 0;
        while (position < bytes.length || !record.isEmpty()) {
            position = tokenizer.next(bytes, position, bytes.length, true);
            record.add(new String(tokenizer.bytes(), tokenizer.start(), tokenizer.end() - tokenizer.start(),
                    StandardCharsets.UTF_8));
            if (tokenizer.endOfRecord()) {
                records.add(record);
                record = new ArrayList<>();
            }
        }
        return records;
    }

    @Test
    void splitsPlainFields() {
        assertThat(records("a,b,c\n1,2,3\n", ',', '\n')).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    }

    @Test
    void quotedFieldsHoldDelimitersLineBreaksAndDoubledQuotes() {
        String text = "name,note\n\"Li, Wei\",\"said \"\"hi\"\"\nthen left\"\n";
        assertThat(records(text, ',', '\n')).containsExactly(List.of("name", "note"),
                List.of("Li, Wei", "said \"hi\"\nthen left"));
    }

    @Test
    void crlfEndsRecordsWithoutLeavingCarriageReturns() {
        assertThat(records("a;b\r\n\"x\";y\r\n", ';', '\n')).containsExactly(List.of("a", "b"), List.of("x", "y"));
    }

    @Test
    void carriageReturnAloneEndsRecordsInOldMacFiles() {
        assertThat(records("a,b\r1,2\r", ',', '\r')).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void lastRecordWithoutLineBreakIsRead() {
        assertThat(records("a,b\n1,", ',', '\n')).containsExactly(List.of("a", "b"), List.of("1", ""));
    }

    @Test
    void quoteInsideAnUnquotedFieldIsKept() {
        assertThat(records("5\" screen,x\n", ',', '\n')).containsExactly(List.of("5\" screen", "x"));
    }

    @Test
    void textAfterAClosingQuoteIsKept() {
        assertThat(records("\"a\"b,c\n", ',', '\n')).containsExactly(List.of("ab", "c"));
    }

    @Test
    void countsLineBreaksInsideQuotes() {
        byte[] bytes = "\"one\ntwo\nthree\",x\n".getBytes(StandardCharsets.UTF_8);
        CsvTokenizer tokenizer = new CsvTokenizer((byte) ',', (byte) '\n');
        tokenizer.next(bytes, 0, bytes.length, true);
        assertThat(tokenizer.lineBreaks()).isEqualTo(2);
        assertThat(tokenizer.quoted()).isTrue();
    }

    @Test
    void asksForMoreWhenAFieldRunsPastTheBytesReadSoFar() {
        byte[] bytes = "abc,\"de\nf".getBytes(StandardCharsets.UTF_8);
        CsvTokenizer tokenizer = new CsvTokenizer((byte) ',', (byte) '\n');
        int next = tokenizer.next(bytes, 0, bytes.length, false);
        assertThat(tokenizer.next(bytes, next, bytes.length, false)).isEqualTo(CsvTokenizer.NEED_MORE);
    }

    @Test
    void anUnclosedQuoteRunsToTheEndOfTheFileAndSaysSo() {
        byte[] bytes = "\"open,1\n2,3\n".getBytes(StandardCharsets.UTF_8);
        CsvTokenizer tokenizer = new CsvTokenizer((byte) ',', (byte) '\n');
        assertThat(tokenizer.next(bytes, 0, bytes.length, true)).isEqualTo(bytes.length);
        assertThat(tokenizer.unclosedQuote()).isTrue();
    }
}
