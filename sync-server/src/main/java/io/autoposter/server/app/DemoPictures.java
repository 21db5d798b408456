package io.autoposter.server.app;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws the demo's pictures: flat illustrations (no text, so no fonts are needed on a headless
 * server) in a brand's palette, as JPEG. The same theme, variant and size always give the same
 * bytes, so a picture is stored once however often the seed runs.
 */
final class DemoPictures {
  /** Square, as Instagram's feed shows it. */
  static final Size SQUARE = new Size(1080, 1080);

  /** Portrait 4:5, the tallest picture Instagram takes. */
  static final Size PORTRAIT = new Size(1080, 1350);

  private static final float JPEG_QUALITY = 0.86f;

  record Size(int width, int height) {}

  /** What a picture shows; each brand has its own. */
  enum Theme {
    PASTA(new Color(0xB91C1C), new Color(0xF97316)),
    GELATO(new Color(0xFDE68A), new Color(0xF472B6)),
    YOGA(new Color(0x0F766E), new Color(0xA78BFA));

    private final Color from;
    private final Color to;

    Theme(Color from, Color to) {
      this.from = from;
      this.to = to;
    }
  }

  private DemoPictures() {}

  /** A JPEG of {@code theme}; {@code variant} moves, turns and recolours the scene. */
  static byte[] jpeg(Theme theme, int variant, Size size) {
    BufferedImage image =
        new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      Random random = new Random(theme.ordinal() * 1_000L + variant);
      float shift = (variant % 5) / 10f;
      g.setPaint(
          new GradientPaint(
              0,
              0,
              tint(theme.from, shift),
              size.width() * (0.3f + shift),
              size.height(),
              tint(theme.to, -shift)));
      g.fillRect(0, 0, size.width(), size.height());
      confetti(g, random, size);
      switch (theme) {
        case PASTA -> pasta(g, random, size);
        case GELATO -> gelato(g, random, size);
        case YOGA -> yoga(g, random, size);
      }
    } finally {
      g.dispose();
    }
    return encode(image);
  }

  /** Soft circles in the background, different for every variant. */
  private static void confetti(Graphics2D g, Random random, Size size) {
    for (int i = 0; i < 14; i++) {
      int d = 40 + random.nextInt(220);
      g.setColor(new Color(255, 255, 255, 18 + random.nextInt(40)));
      g.fill(
          new Ellipse2D.Double(
              random.nextInt(size.width()) - d / 2.0,
              random.nextInt(size.height()) - d / 2.0,
              d,
              d));
    }
  }

  /** A plate of spaghetti with basil, seen from above, on a checked cloth corner. */
  private static void pasta(Graphics2D g, Random random, Size size) {
    double cx = size.width() / 2.0 + random.nextInt(120) - 60;
    double cy = size.height() / 2.0 + random.nextInt(120) - 60;
    double r = size.width() * 0.34;
    g.setColor(new Color(255, 255, 255, 60));
    for (int i = 0; i < 6; i++) {
      g.fillRect(i * size.width() / 6, size.height() - 180, size.width() / 12, 180);
    }
    g.setColor(new Color(0, 0, 0, 50));
    g.fill(new Ellipse2D.Double(cx - r + 18, cy - r + 24, 2 * r, 2 * r));
    g.setColor(new Color(0xFAFAF9));
    g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    g.setColor(new Color(0xE7E5E4));
    g.setStroke(new BasicStroke(10f));
    g.draw(new Ellipse2D.Double(cx - r * 0.8, cy - r * 0.8, 1.6 * r, 1.6 * r));
    g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Color[] noodles = {new Color(0xFCD34D), new Color(0xFBBF24), new Color(0xF59E0B)};
    for (int i = 0; i < 26; i++) {
      double rr = r * (0.15 + random.nextDouble() * 0.5);
      double start = random.nextDouble() * 360;
      g.setColor(noodles[i % noodles.length]);
      g.draw(new Arc2D.Double(cx - rr, cy - rr, 2 * rr, 2 * rr, start, 200, Arc2D.OPEN));
    }
    g.setColor(new Color(0xDC2626));
    for (int i = 0; i < 5; i++) {
      double a = random.nextDouble() * Math.PI * 2;
      double d = r * 0.3 * random.nextDouble();
      g.fill(new Ellipse2D.Double(cx + Math.cos(a) * d - 22, cy + Math.sin(a) * d - 22, 44, 44));
    }
    g.setColor(new Color(0x15803D));
    for (int i = 0; i < 3; i++) {
      leaf(g, cx - 40 + i * 45, cy - r * 0.35 + i * 10, 70, 34, -0.6 + i * 0.5);
    }
  }

  /** A waffle cone with three scoops under a sun. */
  private static void gelato(Graphics2D g, Random random, Size size) {
    double cx = size.width() / 2.0 + random.nextInt(160) - 80;
    double base = size.height() * 0.86;
    double top = size.height() * 0.5;
    g.setColor(new Color(0xFFFBEB));
    double sun = 150 + random.nextInt(60);
    g.fill(new Ellipse2D.Double(size.width() * (0.12 + random.nextDouble() * 0.6), 70, sun, sun));
    Path2D cone = new Path2D.Double();
    cone.moveTo(cx - 150, top);
    cone.lineTo(cx + 150, top);
    cone.lineTo(cx, base);
    cone.closePath();
    g.setColor(new Color(0xD97706));
    g.fill(cone);
    g.setClip(cone);
    g.setColor(new Color(0x92400E));
    g.setStroke(new BasicStroke(6f));
    for (int i = -8; i < 8; i++) {
      g.drawLine((int) cx + i * 40, (int) top, (int) cx + i * 40 + 300, (int) base);
      g.drawLine((int) cx + i * 40, (int) top, (int) cx + i * 40 - 300, (int) base);
    }
    g.setClip(null);
    Color[] flavours = {
      new Color(0xFBCFE8),
      new Color(0xA7F3D0),
      new Color(0xFEF3C7),
      new Color(0x92400E),
      new Color(0xFCA5A5),
      new Color(0xC4B5FD)
    };
    int first = random.nextInt(flavours.length);
    double[][] scoops = {{-85, -40}, {85, -40}, {0, -150}};
    for (int i = 0; i < scoops.length; i++) {
      double x = cx + scoops[i][0];
      double y = top + scoops[i][1];
      g.setColor(flavours[(first + i) % flavours.length]);
      g.fill(new Ellipse2D.Double(x - 120, y - 110, 240, 220));
      g.setColor(new Color(255, 255, 255, 90));
      g.fill(new Ellipse2D.Double(x - 70, y - 80, 60, 40));
    }
    g.setColor(new Color(0xB91C1C));
    g.fill(new Ellipse2D.Double(cx - 28, top - 300, 56, 56));
  }

  /** A lotus on calm water under a rising sun, with mountains. */
  private static void yoga(Graphics2D g, Random random, Size size) {
    double cx = size.width() / 2.0;
    double horizon = size.height() * (0.58 + random.nextDouble() * 0.08);
    g.setColor(new Color(0xFEF3C7));
    double sun = 260 + random.nextInt(80);
    g.fill(
        new Ellipse2D.Double(
            cx - sun / 2 + random.nextInt(200) - 100, horizon - sun * 0.7, sun, sun));
    Path2D mountains = new Path2D.Double();
    mountains.moveTo(0, horizon);
    double x = 0;
    while (x < size.width()) {
      double w = 180 + random.nextInt(200);
      mountains.lineTo(x + w / 2, horizon - 120 - random.nextInt(180));
      x += w;
      mountains.lineTo(x, horizon);
    }
    mountains.lineTo(size.width(), size.height());
    mountains.lineTo(0, size.height());
    mountains.closePath();
    g.setColor(new Color(0x134E4A));
    g.fill(mountains);
    g.setColor(new Color(0x115E59));
    g.fill(new RoundRectangle2D.Double(-20, horizon, size.width() + 40, size.height(), 0, 0));
    g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(new Color(255, 255, 255, 70));
    for (int i = 0; i < 7; i++) {
      int y = (int) (horizon + 40 + i * 45);
      int w = 120 + random.nextInt(260);
      int start = random.nextInt(Math.max(1, size.width() - w));
      g.drawLine(start, y, start + w, y);
    }
    double ly = horizon + (size.height() - horizon) * 0.45;
    Color petal = new Color(0xF9A8D4);
    Color inner = new Color(0xFBCFE8);
    for (int i = -2; i <= 2; i++) {
      g.setColor(Math.abs(i) == 1 ? inner : petal);
      petal(g, cx + i * 40, ly, 70, 190, i * 0.42);
    }
    g.setColor(new Color(0x4ADE80));
    g.fill(new Ellipse2D.Double(cx - 230, ly + 40, 460, 70));
  }

  private static void leaf(Graphics2D g, double x, double y, double w, double h, double angle) {
    Graphics2D copy = (Graphics2D) g.create();
    copy.rotate(angle, x, y);
    copy.fill(new Ellipse2D.Double(x - w / 2, y - h / 2, w, h));
    copy.dispose();
  }

  private static void petal(Graphics2D g, double x, double y, double w, double h, double angle) {
    Graphics2D copy = (Graphics2D) g.create();
    copy.rotate(angle, x, y + h / 2);
    copy.fill(new Ellipse2D.Double(x - w / 2, y - h / 2, w, h));
    copy.dispose();
  }

  /** The colour moved towards white (positive) or black (negative) by {@code amount}. */
  private static Color tint(Color color, float amount) {
    int target = amount > 0 ? 255 : 0;
    float a = Math.abs(amount);
    return new Color(
        Math.round(color.getRed() + (target - color.getRed()) * a),
        Math.round(color.getGreen() + (target - color.getGreen()) * a),
        Math.round(color.getBlue() + (target - color.getBlue()) * a));
  }

  private static byte[] encode(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a demo picture", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
