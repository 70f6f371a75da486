package org.showwork.render.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.showwork.derive.Trace;
import org.showwork.render.Handouts;
import org.showwork.render.TemplateRendering;
import org.showwork.render.html.HtmlWriter;
import org.showwork.render.lms.Blank;
import org.showwork.render.lms.QuizQuestion;

/**
 * A softmax problem as a Moodle quiz: every per-class blank (p[1,2], grad_w[3,1], …) gets exactly
 * one NUMERICAL answer, read back by the redone copy of Moodle's cloze parser, and the softmax's
 * formula reaches Moodle as TeX.
 */
class SoftmaxQuizTest {

    @Test
    void everyPerClassBlankHasOneNumericalAnswerAndTheSoftmaxIsTex() throws Exception {
        Trace trace = Handouts.trace("softmax-three-classes");
        QuizQuestion question = MoodleQuizTest.question(trace, "Softmax", "CODE");
        String xml = new MoodleQuiz(TemplateRendering.builtIn(), HtmlWriter.MathMarkup.TEX).write("Softmax", "",
                List.of(question));
        Map<String, Blank> blanks = Blank.of(question);
        assertThat(blanks).containsKeys("p[1,2]", "error_x[6,3,2]", "t3:grad_w[3,1]", "t2:b_new[2]", "loss[4]");
        assertThat(blanks.keySet()).noneMatch(id -> id.startsWith("boundary"));
        int start = xml.indexOf("<questiontext");
        String text = xml.substring(xml.indexOf("<![CDATA[", start) + 9, xml.indexOf("]]>", start));
        MoodleMultianswer.Extracted extracted = MoodleMultianswer.extract(text);
        assertThat(extracted.subquestions()).hasSize(blanks.size());
        assertThat(text).contains("\\hat{y}_{i,k} = \\frac{e^{z_{i,k}}}{\\sum_{c=1}^{K} e^{z_{i,c}}}")
                .contains("<small>p[1,1]</small>\u00a0{1:NUMERICAL:=0.472:0.0005#Right");
    }
}
