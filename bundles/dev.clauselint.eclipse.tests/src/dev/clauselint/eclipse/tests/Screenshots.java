package dev.clauselint.eclipse.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves an area of the screen (a window's bounds) as a PNG under the folder the build names ({@code clauselint.screenshots}),
 * as evidence of what the user sees; does nothing when the property is not set.
 */
final class Screenshots {
    private Screenshots() {
    }

    static void save(Display display, Rectangle area, String name) throws IOException {
        String dir = System.getProperty("clauselint.screenshots");
        if (dir == null) return;
        Files.createDirectories(Path.of(dir));
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, area.x, area.y);
            ImageLoader png = new ImageLoader();
            png.data = new ImageData[] {image.getImageData()};
            png.save(Path.of(dir, name + ".png").toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
