package io.newsroom.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EdtfTest {

    @ParameterizedTest
    @CsvSource({
            "2014, YEAR, 2014-01-01T00:00:00Z, 2014-12-31T23:59:59Z",
            "2025-08, MONTH, 2025-08-01T00:00:00Z, 2025-08-31T23:59:59Z",
            "2024-02, MONTH, 2024-02-01T00:00:00Z, 2024-02-29T23:59:59Z",
            "2025-W48, WEEK, 2025-11-24T00:00:00Z, 2025-11-30T23:59:59Z",
            "2026-W01, WEEK, 2025-12-29T00:00:00Z, 2026-01-04T23:59:59Z",
            "2020-W53, WEEK, 2020-12-28T00:00:00Z, 2021-01-03T23:59:59Z",
            "2025-08-15, DAY, 2025-08-15T00:00:00Z, 2025-08-15T23:59:59Z",
            "2025-11-27T10:00Z, MINUTE, 2025-11-27T10:00:00Z, 2025-11-27T10:00:59Z",
            "2025-11-27T12:00+02:00, MINUTE, 2025-11-27T10:00:00Z, 2025-11-27T10:00:59Z",
            "2025-11-27T10:00:30Z, SECOND, 2025-11-27T10:00:30Z, 2025-11-27T10:00:30Z",
            "2025-11-20/2025-11-23, DAY, 2025-11-20T00:00:00Z, 2025-11-23T23:59:59Z",
            "2025-11/2025-11-23, MONTH, 2025-11-01T00:00:00Z, 2025-11-23T23:59:59Z"})
    void derivesPrecisionAndBounds(String edtf, Precision precision, String earliest, String latest) {
        Edtf date = Edtf.parse(edtf);
        assertEquals(edtf, date.edtf());
        assertEquals(precision, date.precision());
        assertEquals(Instant.parse(earliest), date.earliest());
        assertEquals(Instant.parse(latest), date.latest());
    }

    @ParameterizedTest
    @CsvSource({"2025-11~, true, false", "2025-11?, false, true", "2025-11%, true, true", "2025-11, false, false",
            "2025-11-20~/2025-11-23, true, false"})
    void readsQualifiers(String edtf, boolean approximate, boolean uncertain) {
        Edtf date = Edtf.parse(edtf);
        assertEquals(approximate, date.approximate());
        assertEquals(uncertain, date.uncertain());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "25", "2025-1", "2025-13", "2025-00", "2025-02-30", "2025-W00", "2025-W53",
            "2025-11-27T25:00Z", "2025-11-27T10:00", "next week", "2025-11-23/2025-11-20", "2025/2026/2027",
            "2025-11-27T10:00Z~~", "2025-11-27 10:00"})
    void rejectsWhatIsNotInTheSubset(String edtf) {
        assertThrows(Edtf.MalformedEdtfException.class, () -> Edtf.parse(edtf));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2014", "2025-W48", "2025-11-27T10:00Z"})
    void boundsAreOrdered(String edtf) {
        Edtf date = Edtf.parse(edtf);
        assertTrue(date.earliest().isBefore(date.latest()));
    }
}
