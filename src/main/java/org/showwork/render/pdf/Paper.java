package org.showwork.render.pdf;

/** The paper a PDF handout is printed for; the stylesheet's margins suit both. */
public enum Paper {
    A4(210f, 297f), LETTER(215.9f, 279.4f);

    private final float widthMm;
    private final float heightMm;

    Paper(float widthMm, float heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public float widthMm() {
        return widthMm;
    }

    public float heightMm() {
        return heightMm;
    }
}
