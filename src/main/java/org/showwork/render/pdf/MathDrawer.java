package org.showwork.render.pdf;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.simple.extend.ReplacedElementScaleHelper;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import net.sourceforge.jeuclid.context.LayoutContextImpl;
import net.sourceforge.jeuclid.context.Parameter;
import net.sourceforge.jeuclid.elements.generic.DocumentElement;
import net.sourceforge.jeuclid.font.FontFactory;
import net.sourceforge.jeuclid.layout.JEuclidView;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Draws a handout's MathML formulas with JEuclid, as openhtmltopdf's own MathML drawer does, but
 * for what we write: presentation MathML, so a formula is copied into JEuclid's tree as it stands
 * (openhtmltopdf's drawer runs every formula through JEuclid's content-MathML stylesheet, compiled
 * first, which took a quarter of a PDF's time), in the bundled fonts only ({@link MathFonts}).
 */
final class MathDrawer implements SVGDrawer {

    /** The size JEuclid sets formulas at, in CSS pixels, as openhtmltopdf's drawer does. */
    private static final float SIZE = 16f;

    private static final Parameter[] FAMILIES = {
        Parameter.FONTS_SERIF, Parameter.FONTS_SANSSERIF, Parameter.FONTS_MONOSPACED,
        Parameter.FONTS_SCRIPT, Parameter.FONTS_FRAKTUR, Parameter.FONTS_DOUBLESTRUCK,
    };

    MathDrawer() {
        FontFactory.setThreadFontFactory(MathFonts.INSTANCE);
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        // the bundled fonts only: a formula must not change with the fonts a stylesheet points at
    }

    @Override
    public SVGImage buildSVGImage(Element math, Box box, CssContext c, double cssWidth, double cssHeight,
            double dotsPerPixel) {
        LayoutContextImpl context = new Context();
        List<String> families = Arrays.asList(box.getStyle().asStringArray(CSSName.FONT_FAMILY));
        for (Parameter family : FAMILIES) {
            context.setParameter(family, families);
        }
        context.setParameter(Parameter.MATHSIZE, SIZE);
        DocumentElement tree = new DocumentElement();
        tree.appendChild(copy(math, tree));
        return new Formula(new JEuclidView(tree, context, null), box, dotsPerPixel);
    }

    /** A copy of a presentation-MathML element in JEuclid's tree, whose nodes are JEuclid's own classes. */
    private static Node copy(Node node, DocumentElement tree) {
        if (node.getNodeType() != Node.ELEMENT_NODE) {
            return tree.createTextNode(node.getNodeValue());
        }
        Element copy = tree.createElementNS(node.getNamespaceURI(), node.getNodeName());
        NamedNodeMap attributes = node.getAttributes();
        for (int k = 0; k < attributes.getLength(); k++) {
            Node attribute = attributes.item(k);
            copy.setAttributeNS(attribute.getNamespaceURI(), attribute.getNodeName(), attribute.getNodeValue());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            short type = child.getNodeType();
            if (type == Node.ELEMENT_NODE || type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                copy.appendChild(copy(child, tree));
            }
        }
        return copy;
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, FontStyle style) {
        // the bundled fonts only, as above
    }

    @Override
    public void close() {
        FontFactory.clearThreadFontFactory();
    }

    /** JEuclid's layout settings, starting from its defaults (its constructor is for subclasses). */
    private static final class Context extends LayoutContextImpl {
        private static final long serialVersionUID = 1;
    }

    /** One formula, laid out by JEuclid, drawn where openhtmltopdf placed its box. */
    private record Formula(JEuclidView view, Box box, double dotsPerPixel) implements SVGImage {

        @Override
        public int getIntrinsicWidth() {
            return (int) (view.getWidth() * dotsPerPixel);
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) (height() * dotsPerPixel);
        }

        private float height() {
            return view.getAscentHeight() + view.getDescentHeight();
        }

        @Override
        public void drawSVG(OutputDevice device, RenderingContext ctx, double x, double y) {
            Rectangle bounds = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), ctx);
            AffineTransform scale = ReplacedElementScaleHelper.createScaleTransform(dotsPerPixel, bounds,
                    view.getWidth(), height());
            AffineTransform inverse = ReplacedElementScaleHelper.inverseOrNull(scale);
            boolean scaled = scale != null && inverse != null;
            device.drawWithGraphics((float) x, (float) y, (float) (bounds.width / dotsPerPixel),
                    (float) (bounds.height / dotsPerPixel), graphics -> {
                        if (scaled) {
                            graphics.transform(scale);
                        }
                        view.draw(graphics, 0, view.getAscentHeight());
                        if (scaled) {
                            graphics.transform(inverse);
                        }
                    });
        }
    }
}
