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
    void folderNamesKeepOnlySafeCharacters() {
        assertThat(new Student("s 1/2", "").folder()).isEqualTo("s_1_2");
        assertThat(new Student(".hidden", "").folder()).isEqualTo("_hidden");
        assertThat(new Student("Zoë", "").folder()).isEqualTo("Zo_");
        assertThat(new Student("a-b_c.9", "").folder()).isEqualTo("a-b_c.9");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            duplicate id     | id,name\\ns1,A\\ns2,B\\ns1,C\\n | r.csv, line 4, column 1, at id: the student id 's1' appears twice (first on line 2)
            same folder      | id,name\\na b,A\\na_b,B\\n      | r.csv, line 3, column 1, at id: the ids 'a b' (line 2) and 'a_b' would share the folder 'a_b'
            same folder case | id,name\\nAB,A\\nab,B\\n        | r.csv, line 3, column 1, at id: the ids 'AB' (line 2) and 'ab' would share the folder 'ab'
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
