package org.showwork.render.expression;

import java.util.LinkedHashSet;
import java.util.Set;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeDefinition;
import org.thymeleaf.engine.AttributeDefinitions;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.IAttributeDefinitionsAware;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.standard.processor.StandardClassappendTagProcessor;
import org.thymeleaf.standard.processor.StandardNonRemovableAttributeTagProcessor;
import org.thymeleaf.standard.processor.StandardRemovableAttributeTagProcessor;
import org.thymeleaf.standard.processor.StandardTextTagProcessor;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;
import org.thymeleaf.standard.util.StandardProcessorUtils;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Thymeleaf's standard dialect as our templates use it: {@code ${...}} evaluated by a
 * {@link VariableEvaluator}, and the HTML processors a handout uses ({@code th:text}, and the
 * attributes such as {@code th:id}, {@code th:class}, {@code th:style}, {@code th:content},
 * {@code th:classappend}) escaping with {@link HtmlEscaping#thymeleaf}, which gives exactly what Thymeleaf's
 * escaping by unbescape gives. unbescape builds its table of HTML5 entities on first use, in time
 * quadratic in their number: about 50 ms of every document, a twentieth of a cold PDF. The other
 * processors, and everything else about these, are Thymeleaf's own.
 */
public final class TemplateDialect extends StandardDialect {

    /** With a new {@link VariableEvaluator}. */
    public TemplateDialect() {
        this(new VariableEvaluator());
    }

    /** With {@code evaluator} for the templates' {@code ${...}}. */
    public TemplateDialect(IStandardVariableExpressionEvaluator evaluator) {
        setVariableExpressionEvaluator(evaluator);
        // JavaScript inlining, which no template of ours uses, without Jackson: Thymeleaf would otherwise make
        // a Jackson ObjectMapper for it on every engine's first use (about 3% of a cold PDF's time)
        setJavaScriptSerializer(new StandardJavaScriptSerializer(false));
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        Set<IProcessor> processors = new LinkedHashSet<>();
        for (IProcessor processor : super.getProcessors(dialectPrefix)) {
            processors.add(replacement(processor, dialectPrefix));
        }
        return processors;
    }

    private static IProcessor replacement(IProcessor processor, String prefix) {
        if (processor.getTemplateMode() != TemplateMode.HTML) {
            return processor;
        }
        if (processor instanceof StandardTextTagProcessor) {
            return new Text(prefix);
        }
        if (processor instanceof StandardClassappendTagProcessor) {
            return new ClassAppend(prefix);
        }
        boolean removable = processor instanceof StandardRemovableAttributeTagProcessor;
        if (removable || processor instanceof StandardNonRemovableAttributeTagProcessor) {
            String name = ((IElementTagProcessor) processor).getMatchingAttributeName().getMatchingAttributeName()
                    .getAttributeName();
            return new Attribute(prefix, name, processor.getPrecedence(), removable);
        }
        return processor;
    }

    /** {@code th:text}: the element's body is the value, escaped. */
    private static final class Text extends AbstractStandardExpressionAttributeTagProcessor {
        Text(String prefix) {
            super(TemplateMode.HTML, prefix, StandardTextTagProcessor.ATTR_NAME, StandardTextTagProcessor.PRECEDENCE,
                    true, false);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                String attributeValue, Object expressionResult, IElementTagStructureHandler structureHandler) {
            structureHandler.setBody(HtmlEscaping.thymeleaf(expressionResult == null ? "" : expressionResult.toString()), false);
        }
    }

    /** {@code th:id}, {@code th:style} and the like: the attribute of the name is set to the value, escaped. */
    private static final class Attribute extends AbstractStandardExpressionAttributeTagProcessor
            implements IAttributeDefinitionsAware {
        private final String name;
        private final boolean removeIfEmpty;
        private AttributeDefinition target;

        Attribute(String prefix, String name, int precedence, boolean removeIfEmpty) {
            super(TemplateMode.HTML, prefix, name, precedence, false, false);
            this.name = name;
            this.removeIfEmpty = removeIfEmpty;
        }

        @Override
        public void setAttributeDefinitions(AttributeDefinitions definitions) {
            target = definitions.forName(TemplateMode.HTML, name);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                String attributeValue, Object expressionResult, IElementTagStructureHandler structureHandler) {
            String value = expressionResult == null ? "" : HtmlEscaping.thymeleaf(expressionResult.toString());
            if (removeIfEmpty && value.isEmpty()) {
                structureHandler.removeAttribute(target.getAttributeName());
                structureHandler.removeAttribute(attributeName);
            } else {
                StandardProcessorUtils.replaceAttribute(structureHandler, attributeName, target, name, value);
            }
        }
    }

    /** {@code th:classappend}: the value, escaped, appended to the element's classes. */
    private static final class ClassAppend extends AbstractStandardExpressionAttributeTagProcessor
            implements IAttributeDefinitionsAware {
        private AttributeDefinition target;

        ClassAppend(String prefix) {
            super(TemplateMode.HTML, prefix, StandardClassappendTagProcessor.ATTR_NAME,
                    StandardClassappendTagProcessor.PRECEDENCE, true, false);
        }

        @Override
        public void setAttributeDefinitions(AttributeDefinitions definitions) {
            target = definitions.forName(TemplateMode.HTML, StandardClassappendTagProcessor.TARGET_ATTR_NAME);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                String attributeValue, Object expressionResult, IElementTagStructureHandler structureHandler) {
            String value = expressionResult == null ? "" : HtmlEscaping.thymeleaf(expressionResult.toString());
            if (value.isEmpty()) {
                return;
            }
            String current = tag.hasAttribute(target.getAttributeName()) ? tag.getAttributeValue(target.getAttributeName()) : "";
            StandardProcessorUtils.setAttribute(structureHandler, target, StandardClassappendTagProcessor.TARGET_ATTR_NAME,
                    current.isEmpty() ? value : current + ' ' + value);
        }
    }
}
