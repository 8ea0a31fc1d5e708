package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one spelling of an amount: what is taken reads back exactly as written (so nothing is
 * normalised), and each refused spelling names what to write, which is the same number.
 */
class AmountSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "51.00", "-5", "0.000001", "999999999999999.999999", "-0.5", "10"})
    void takenAmountsReadBackAsWritten(String text) {
        assertNull(AmountSyntax.problem(text));
        assertEquals(text, new BigDecimal(text).toPlainString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1e3|1000", "1E+3|1000", "1.50e1|15.0", "1.5e-1|0.15", "-2e2|-200", "+5|5", "+0.5|0.5", "012|12",
            "-007.50|-7.50", ".5|0.5", "5.|5", "-.5|-0.5", "-0|0", "-0.00|0.00", "00|0"})
    void refusedSpellingsNameTheSameNumberWrittenTheOneWay(String text, String instead) {
        String problem = AmountSyntax.problem(text);
        assertEquals(instead, problem.substring(problem.lastIndexOf(' ') + 1), problem);
        assertNull(AmountSyntax.problem(instead));
        assertEquals(0, new BigDecimal(text).compareTo(new BigDecimal(instead)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e16", "1234567890123456", "0.1234567", "1e-7", "0x10", "1_000", ".inf", ".nan", "1:30"})
    void otherFormsAndSizesAreRefused(String text) {
        assertEquals(true, AmountSyntax.problem(text) != null, text);
    }
}
