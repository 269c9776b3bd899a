package org.marketingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberChecksTest {

    /*
     * Worked by hand with the GB 11643 weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 (ISO 7064 MOD 11-2):
     * 11010519491231002X: 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 -> check "X".
     * 440524188001010014: 28+36+0+25+16+16+2+8+48+0+0+9+0+5+0+0+2 = 195; 195 mod 11 = 8 -> check "4".
     * 320106199003071234: 21+18+0+5+0+24+2+9+54+0+0+27+0+35+8+8+6 = 217; 217 mod 11 = 8 -> check "4".
     * (remainder -> check: 0->1 1->0 2->X 3->9 4->8 5->7 6->6 7->5 8->4 9->3 10->2)
     */
    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "440524188001010014", "320106199003071234"})
    void acceptsIdCardNumbersWithTheRightCheckCharacter(String number) {
        assertThat(IdNumberChecks.isChineseIdCard(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "440524188001010015", // check should be 4
        "110105194912310021", // check should be X
        "11010519491231002", // 17 characters
        "11010519491231002XX", // 19 characters
        "1101051949123A002X", // a letter among the digits
        "320106199003071239"})
    void rejectsOtherEighteenCharacterCodes(String number) {
        assertThat(IdNumberChecks.isChineseIdCard(number)).isFalse();
    }

    /*
     * Luhn by hand, doubling every second digit from the right (a doubled digit over 9 loses 9):
     * 4539148803436467: 7+3+4+3+3+8+3+0+8+7+4+2+9+6+5+8 = 80, divisible by 10.
     * 4111111111111111: eight undoubled 1s = 8, seven doubled 1s = 14, the doubled 4 = 8; 30.
     */
    @ParameterizedTest
    @ValueSource(strings = {"4539148803436467", "4111111111111111"})
    void acceptsCardNumbersThatPassLuhn(String digits) {
        assertThat(IdNumberChecks.isCardNumber(digits)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4539148803436468", "79927398713", "41111111111111111111", "4111-1111-1111-1111"})
    void rejectsWrongCheckDigitsLengthsAndSeparators(String digits) {
        // 4539148803436468: the sum above becomes 81. 79927398713 passes Luhn but has only 11 digits.
        assertThat(IdNumberChecks.isCardNumber(digits)).isFalse();
    }
}
