package org.showwork.render.expression;

/**
 * Thrown where the fast evaluation does not decide a case itself (a null receiver, a member OGNL
 * would find by other means, an argument it would convert): the expression is then evaluated by
 * OGNL, which gives its own answer or its own error. One shared instance without a stack trace,
 * as it says nothing but "ask OGNL".
 */
final class Unsupported extends RuntimeException {

    static final Unsupported INSTANCE = new Unsupported();

    private Unsupported() {
        super("evaluated by OGNL instead", null, false, false);
    }
}
