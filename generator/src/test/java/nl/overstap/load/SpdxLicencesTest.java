package nl.overstap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpdxLicencesTest {

    @ParameterizedTest
    @ValueSource(strings = {"MIT", "AGPL-3.0-only", "MPL-2.0 OR LGPL-3.0-or-later", "GPL-2.0-only AND AGPL-3.0-or-later",
        "(MIT OR Apache-2.0) AND EUPL-1.2", "GPL-2.0-or-later WITH Classpath-exception-2.0", "LicenseRef-Proprietary",
        "Apache-2.0+"})
    void acceptsValidExpressions(String expression) {
        assertEquals(Optional.empty(), SpdxLicences.get().check(expression));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AGPL-3|'AGPL-3' is not an SPDX licence id",
        "GPL-3.0|use 'GPL-3.0-only' or 'GPL-3.0-or-later'",
        "mit|did you mean 'MIT'?",
        "MIT or Apache-2.0|operators are written in capitals: 'OR'",
        "(MIT|a '(' is not closed",
        "MIT OR|ends too early",
        "MIT WITH Nonsense-exception|'Nonsense-exception' is not an SPDX licence exception id",
        "MIT; rm -rf|unexpected character ';'"})
    void explainsInvalidExpressions(String expression, String gist) {
        String problem = SpdxLicences.get().check(expression).orElseThrow();
        assertTrue(problem.contains(gist), problem);
    }

    @org.junit.jupiter.api.Test
    void deepNestingIsBounded() {
        String deep = "(".repeat(10_000) + "MIT" + ")".repeat(10_000);
        assertTrue(SpdxLicences.get().check(deep).orElseThrow().contains("nested too deeply"));
    }

    @org.junit.jupiter.api.Test
    void shipsTheWholeList() {
        assertTrue(SpdxLicences.get().licenceCount() > 700);
    }
}
