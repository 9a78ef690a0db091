package deepdesk.core.common;

import deepdesk.core.prep.PreparedSplit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingDocsTest {

    @Test
    void recordComponentJavadocReachesTheRunningApplication() {
        assertTrue(SettingDocs.isAvailable(), "the build's setting-docs pass did not run");
        assertEquals("number of rows", SettingDocs.describe(PreparedSplit.class, "rows"));
        assertTrue(SettingDocs.describe(PreparedSplit.class, "features").startsWith("row-major"));
    }

    @Test
    void unknownComponentHasNoText() {
        assertEquals("", SettingDocs.describe(PreparedSplit.class, "nothing"));
    }

    @Test
    void javadocMarkupBecomesPlainText() {
        assertEquals("a b of Dataset and rate",
                SettingDocs.plainText(" a {@code b}\n of {@link deepdesk.Dataset} and <i>rate</i> "));
        assertEquals("see x", SettingDocs.plainText("see {@link Foo#x}"));
        assertEquals("see the rate", SettingDocs.plainText("see {@link Foo#x the rate}"));
    }
}
