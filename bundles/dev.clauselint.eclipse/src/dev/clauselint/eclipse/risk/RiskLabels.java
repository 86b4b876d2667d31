package dev.clauselint.eclipse.risk;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Labels of the Risk view's tree, with the workbench's error / warning / info icons by severity. */
final class RiskLabels extends LabelProvider {
    @Override
    public String getText(Object element) {
        if (element instanceof RiskTree.CategoryNode c) return c.category() + " (" + c.size() + ")";
        if (element instanceof RiskTree.SeverityNode s) return capitalised(s.severity()) + " (" + s.findings().size() + ")";
        if (element instanceof RiskFinding f) {
            String where = "line " + (f.range().getStart().getLine() + 1) + (f.section() == null ? "" : ", " + f.section());
            return f.code() + ": " + f.message() + "  (" + where + ")";
        }
        return String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        String severity = element instanceof RiskTree.SeverityNode s ? s.severity()
                : element instanceof RiskFinding f ? f.severity() : null;
        if (severity == null) return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        String key = switch (severity) {
            case "high" -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case "medium" -> ISharedImages.IMG_OBJS_WARN_TSK;
            default -> ISharedImages.IMG_OBJS_INFO_TSK;
        };
        return PlatformUI.getWorkbench().getSharedImages().getImage(key);
    }

    static String capitalised(String word) {
        return word == null || word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
