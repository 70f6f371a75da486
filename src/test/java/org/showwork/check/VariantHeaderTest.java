package org.showwork.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A generated worksheet's header as a submission carries it: the variant's code, and the name written there. */
class VariantHeaderTest {

    private static Submission md(String header) throws Exception {
        return SubmissionReader.read("# Worksheet: Five points\n\n" + header + "\n\n*made by showwork*\n\n`p[1]: 0.5`\n",
                "hand-in/x.md");
    }

    @Test
    void theCodeAndTheNameComeFromTheHeader() throws Exception {
        Submission s = md("**Name:** Chen, Wei · **Student id:** s1003 · **Variant:** 3MAQEY");
        assertThat(s.variant()).isEqualTo("3MAQEY");
        assertThat(s.student()).isEqualTo("Chen, Wei");
        assertThat(s.answers()).hasSize(1);
    }

    @Test
    void aNameLineLeftBlankIsNoName() throws Exception {
        Submission blank = md("**Name:** ________________________ · **Number:** 2 · **Variant:** PPCB79");
        assertThat(blank.student()).isEqualTo("x");
        assertThat(blank.variant()).isEqualTo("PPCB79");
        assertThat(md("**Name:** Zoë Quist____ · **Number:** 2 · **Variant:** PPCB79").student()).isEqualTo("Zoë Quist");
    }

    @Test
    void withoutAHeaderThereIsNoVariant() throws Exception {
        assertThat(md("").variant()).isEmpty();
        assertThat(SubmissionReader.read("variant,ab12cd\np[1],0.5\n", "a.csv").variant()).isEqualTo("ab12cd");
        assertThat(SubmissionReader.read("variant: AB12CD\np[1]: 0.5\n", "a.yaml").variant()).isEqualTo("AB12CD");
        assertThat(SubmissionReader.read("p[1]: 0.5\n", "a.yaml").variant()).isEmpty();
    }
}
