package org.marketingworkbench.data.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderSnifferTest {

    @Test
    void namesAboveNumbersAreAHeader() {
        assertThat(HeaderSniffer.hasHeader(List.of(new String[] {"age", "city"}, new String[] {"31", "Beijing"},
                new String[] {"45", "Shanghai"}))).isTrue();
    }

    @Test
    void numbersInTheFirstRecordAreData() {
        assertThat(HeaderSniffer.hasHeader(List.of(new String[] {"12", "Beijing"}, new String[] {"31", "Beijing"},
                new String[] {"45", "Shanghai"}))).isFalse();
    }

    @Test
    void textNamesThatNeverRepeatAreAHeader() {
        assertThat(HeaderSniffer.hasHeader(List.of(new String[] {"city", "channel"}, new String[] {"Beijing", "web"},
                new String[] {"Beijing", "app"}))).isTrue();
    }

    @Test
    void aFirstRecordWhoseValuesRepeatBelowIsData() {
        assertThat(HeaderSniffer.hasHeader(List.of(new String[] {"milk", "bread"}, new String[] {"eggs", "bread"},
                new String[] {"milk", "beer"}))).isFalse();
    }

    @Test
    void aFirstRecordWiderThanMostIsData() {
        assertThat(HeaderSniffer.hasHeader(List.of(new String[] {"citrus fruit", "margarine", "soups"},
                new String[] {"yogurt"}, new String[] {"coffee"}, new String[] {"whole milk", "butter"}))).isFalse();
    }

    @Test
    void aLoneRecordIsAHeader() {
        assertThat(HeaderSniffer.hasHeader(List.of(new String[] {"a", "b"}, new String[0]).subList(0, 1))).isTrue();
    }
}
