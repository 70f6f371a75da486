package org.showwork.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.showwork.problem.ProblemException;

/** Class rosters: columns by name, quoted names, and the mistakes a roster can have. */
class RosterReaderTest {

    @Test
    void readsIdsAndNamesInAnyColumnOrder() throws Exception {
        List<Student> students = RosterReader.read("\uFEFFName,email,ID\r\n\"Chen, Wei\",c@x,s3\r\nAda,a@x, s1 \r\n\r\n",
                "r.csv");
        assertThat(students).containsExactly(new Student("s3", "Chen, Wei"), new Student("s1", "Ada"));
    }

    @Test
    void aRosterWithoutNamesGivesEmptyNames() throws Exception {
        assertThat(RosterReader.read("id\n7\n8\n", "r.csv")).containsExactly(new Student("7", ""), new Student("8", ""));
    }

    @Test
    void folderNamesKeepLettersOfAnyScriptAndMarkWhatTheyChanged() throws Exception {
        assertThat(new Student("a-b_c.9", "").folder()).isEqualTo("a-b_c.9");
        assertThat(new Student("张伟", "").folder()).isEqualTo("张伟");
        assertThat(new Student("Zoë", "").folder()).isEqualTo("Zoë");
        assertThat(new Student("अनुज", "").folder()).isEqualTo("अनुज");   // combining vowel signs are kept
        // a changed id keeps what it can, followed by the first 8 hex digits of its SHA-256 (an independent reference)
        assertThat(new Student("s 1/2", "").folder()).isEqualTo("s_1_2-" + sha256("s 1/2").substring(0, 8));
        assertThat(new Student(".hidden", "").folder()).isEqualTo("_hidden-" + sha256(".hidden").substring(0, 8));
        assertThat(new Student("CON", "").folder()).isEqualTo("CON-" + sha256("CON").substring(0, 8));
        // decomposed ë is written composed, and marked as changed
        assertThat(new Student("Zoe\u0308", "").folder()).isEqualTo("Zoë-" + sha256("Zoe\u0308").substring(0, 8));
    }

    @Test
    void longIdsAreCutToAFolderNameEveryFileSystemTakes() throws Exception {
        String id = "x".repeat(300);
        String folder = new Student(id, "").folder();
        assertThat(folder).isEqualTo("x".repeat(64) + "-" + sha256(id).substring(0, 8));
        // cut between characters, never inside one: 22 three-byte characters make 66 bytes, so 21 are kept
        String chinese = "张".repeat(100);
        assertThat(new Student(chinese, "").folder()).isEqualTo("张".repeat(21) + "-" + sha256(chinese).substring(0, 8));
        assertThat(new Student(chinese + "伟", "").folder()).isNotEqualTo(new Student(chinese, "").folder());
    }

    @Test
    void idsThatWouldShareAFolderGetOneEachTheSameWayEveryTime() throws Exception {
        List<Student> students = RosterReader.read("id,name\n张伟,A\n李娜,B\na b,C\na_b,D\nAnn,E\nann,F\nBob,G\n", "r.csv");
        assertThat(students).extracting(Student::folder).containsExactly("张伟", "李娜",
                "a_b-" + sha256("a b").substring(0, 8), "a_b", "Ann-" + sha256("Ann").substring(0, 8),
                "ann-" + sha256("ann").substring(0, 8), "Bob");
        assertThat(students.stream().map(s -> s.folder().toLowerCase(java.util.Locale.ROOT)).distinct()).hasSize(7);
        assertThat(RosterReader.read("id,name\nann,F\nAnn,E\n", "other.csv")).extracting(Student::folder)
                .containsExactly("ann-" + sha256("ann").substring(0, 8), "Ann-" + sha256("Ann").substring(0, 8));
    }

    private static String sha256(String text) throws Exception {
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        return String.format("%064x", new java.math.BigInteger(1, hash));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate id     | id,name\\ns1,A\\ns2,B\\ns1,C\\n | r.csv, line 4, column 1, at id: the student id 's1' appears twice (first on line 2)
            no id column     | student,name\\n1,A\\n           | r.csv, line 1, at the header: no column is named 'id'
            missing id       | id,name\\n ,A\\n                | r.csv, line 2, column 1, at id: the student id is missing
            ragged row       | id,name\\n1,A,x\\n              | r.csv, line 2: this row has 3 value(s) but the header (line 1) names 2 columns
            header only      | id,name\\n                      | r.csv, line 1: the roster lists no students
            empty            | '   '                           | r.csv: the roster is empty
            open quote       | id,name\\n1,"A\\n               | r.csv, line 2, column 3: a quoted field is not closed
            """)
    void mistakes(String name, String text, String message) {
        assertThatThrownBy(() -> RosterReader.read(text.replace("\\n", "\n"), "r.csv"))
                .isInstanceOf(ProblemException.class).hasMessageStartingWith(message);
    }
}
