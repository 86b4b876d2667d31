package dev.clauselint.eclipse.syntax;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The colours of the syntax rules, one set for light and one for dark editor backgrounds: the
 * editor's background decides, so the Dark theme gets light-on-dark colours without a
 * preference of its own. SWT colours hold no OS resources (since 4.16): nothing to dispose.
 */
public final class ContractColours {
    private ContractColours() {
    }

    /** True for a dark background (perceived brightness below the middle). */
    public static boolean isDark(Color background) {
        RGB c = background.getRGB();
        return (c.red * 299 + c.green * 587 + c.blue * 114) / 1000 < 128;
    }

    public static RGB rgb(ContractSyntax.Kind kind, boolean dark) {
        return switch (kind) {
            case HEADING -> dark ? new RGB(110, 170, 255) : new RGB(0, 70, 150);
            case DEFINED_TERM -> dark ? new RGB(215, 145, 230) : new RGB(125, 40, 135);
            case SECTION_REFERENCE -> dark ? new RGB(95, 205, 185) : new RGB(0, 115, 100);
        };
    }

    /** Headings bold, so they stand out even for readers who do not tell the colours apart. */
    public static int fontStyle(ContractSyntax.Kind kind) {
        return kind == ContractSyntax.Kind.HEADING ? SWT.BOLD : SWT.NORMAL;
    }

    static Color colour(ContractSyntax.Kind kind, boolean dark) {
        return new Color(rgb(kind, dark));
    }
}
