package org.showwork.render.expression;

import java.util.List;
import java.util.function.BinaryOperator;
import ognl.OgnlOps;
import org.thymeleaf.context.IContext;

/**
 * A {@code ${...}} expression parsed once into a small tree, evaluated without OGNL's parser or its
 * search for members. Each node computes what OGNL computes for the same text: operators call
 * OGNL's own {@link OgnlOps} (so {@code +}, {@code ==} and truth follow its rules exactly), and
 * members are those OGNL would pick (see {@link Members}). A node that meets a case it does not
 * decide (a null receiver, an argument OGNL would have to convert, an exception) throws
 * {@link Unsupported}, and the whole expression is evaluated by OGNL instead.
 */
sealed interface Expression {

    /** The value of this expression with the template's variables in {@code root}. */
    Object value(IContext root);

    /** A literal: a string, a character (OGNL's one-character {@code 'x'}), an integer, a boolean or null. */
    record Literal(Object constant) implements Expression {
        @Override
        public Object value(IContext root) {
            return constant;
        }
    }

    /** A name read from the template's variables, as OGNL reads a property of its root. */
    record Variable(String name) implements Expression {
        @Override
        public Object value(IContext root) {
            return root.getVariable(name);
        }
    }

    /** {@code target.name}: a record's component, a getter ({@code getX}, {@code isX}) or a method named so. */
    record Property(Expression target, Site site) implements Expression {
        private static final Object[] NO_ARGUMENTS = {};

        Property(Expression target, String name) {
            this(target, Site.property(name));
        }

        @Override
        public Object value(IContext root) {
            return site.apply(target.value(root), NO_ARGUMENTS);
        }
    }

    /** {@code target.name(arguments)}: the receiver first, then the arguments left to right, as OGNL evaluates them. */
    record Call(Expression target, Site site, List<Expression> arguments) implements Expression {
        Call(Expression target, String name, List<Expression> arguments) {
            this(target, Site.method(name, arguments.size()), arguments);
        }

        @Override
        public Object value(IContext root) {
            Object receiver = target.value(root);
            Object[] values = new Object[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments.get(i).value(root);
            }
            return site.apply(receiver, values);
        }
    }

    /** {@code !operand}: true when OGNL takes the operand for false (null, false, zero, …). */
    record Not(Expression operand) implements Expression {
        @Override
        public Object value(IContext root) {
            return OgnlOps.booleanValue(operand.value(root)) ? Boolean.FALSE : Boolean.TRUE;
        }
    }

    /** {@code test ? then : otherwise}, with OGNL's idea of truth. */
    record Conditional(Expression test, Expression then, Expression otherwise) implements Expression {
        @Override
        public Object value(IContext root) {
            return OgnlOps.booleanValue(test.value(root)) ? then.value(root) : otherwise.value(root);
        }
    }

    /**
     * {@code a + b + …}, left to right with OGNL's {@code +} (numbers add, anything with a string
     * concatenates). OGNL flattens a sum inside a sum, brackets or not, so {@code 'x' + (1 + 2)} is
     * {@code x12} there; the parser flattens likewise.
     */
    record Sum(List<Expression> terms) implements Expression {
        @Override
        public Object value(IContext root) {
            Object result = terms.get(0).value(root);
            for (int i = 1; i < terms.size(); i++) {
                result = OgnlOps.add(result, terms.get(i).value(root));
            }
            return result;
        }
    }

    /** A binary operator; both operands are evaluated, left first. */
    record Operation(Operator operator, Expression left, Expression right) implements Expression {
        @Override
        public Object value(IContext root) {
            Object a = left.value(root);
            return operator.apply(a, right.value(root));
        }
    }

    /** The other binary operators our templates use, each computed as OGNL's node for it computes it. */
    enum Operator {
        SUBTRACT("-", OgnlOps::subtract),
        EQUAL("==", (a, b) -> OgnlOps.equal(a, b)),
        NOT_EQUAL("!=", (a, b) -> !OgnlOps.equal(a, b)),
        LESS("<", (a, b) -> OgnlOps.less(a, b)),
        GREATER(">", (a, b) -> OgnlOps.greater(a, b)),
        // OGNL's ASTLessEq and ASTGreaterEq are the negations of > and <
        LESS_EQUAL("<=", (a, b) -> !OgnlOps.greater(a, b)),
        GREATER_EQUAL(">=", (a, b) -> !OgnlOps.less(a, b));

        private final String symbol;
        private final BinaryOperator<Object> function;

        Operator(String symbol, BinaryOperator<Object> function) {
            this.symbol = symbol;
            this.function = function;
        }

        String symbol() {
            return symbol;
        }

        Object apply(Object a, Object b) {
            return function.apply(a, b);
        }
    }
}
