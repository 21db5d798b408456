package io.autoposter.desktop.ui;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;

/**
 * Right-to-left text (Arabic, Hebrew, Persian…) reads from the right edge: a text whose first
 * strong character is right-to-left gets a right-to-left node, so it aligns as its readers expect;
 * everything else stays left-to-right.
 *
 * <p>JavaFX 25.0.4 cannot soft-wrap inside a right-to-left run: laying it out throws {@code
 * ArrayIndexOutOfBoundsException} from {@code PrismTextLayout.computeTrailingSpaceWidth} on every
 * pulse, which freezes the window. Nodes that show user text therefore wrap only while it holds no
 * right-to-left characters ({@link #follow}, {@link #wrapSafely}); such text keeps its own line
 * breaks and scrolls (text areas) or is cut with "…" (labels) instead.
 */
public final class TextDirection {

  private TextDirection() {}

  /** True when the first character with a strong direction is right-to-left. */
  public static boolean isRightToLeft(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      switch (Character.getDirectionality(cp)) {
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE -> {
          return true;
        }
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT,
            Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
            Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
            Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE -> {
          return false;
        }
        default -> i += Character.charCount(cp);
      }
    }
    return false;
  }

  /** True when any character of {@code text} is written right to left. */
  public static boolean hasRightToLeft(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      byte d = Character.getDirectionality(cp);
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** The orientation for a node showing {@code text}. */
  public static NodeOrientation of(String text) {
    return isRightToLeft(text) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
  }

  /**
   * Keeps the text area's direction following its text as the user types, and its wrapping on only
   * while that is safe (see the class comment).
   */
  public static void follow(TextArea area) {
    area.textProperty()
        .subscribe(
            text -> {
              apply(area, text);
              boolean wrap = !hasRightToLeft(text);
              if (area.isWrapText() != wrap) {
                area.setWrapText(wrap);
              }
            });
  }

  /** Keeps the field's direction following its text as the user types. */
  public static void follow(TextInputControl input) {
    if (input instanceof TextArea area) {
      follow(area);
      return;
    }
    input.textProperty().subscribe(text -> apply(input, text));
  }

  /** Sets the label's text and the direction that suits it. */
  public static void setText(Labeled label, String text) {
    label.setText(text);
    apply(label, text);
  }

  /** Lets a label wrap while its text has no right-to-left characters (see the class comment). */
  public static void wrapSafely(Labeled label) {
    label
        .textProperty()
        .subscribe(
            text -> {
              boolean wrap = !hasRightToLeft(text);
              if (label.isWrapText() != wrap) {
                label.setWrapText(wrap);
              }
            });
  }

  private static void apply(Node node, String text) {
    NodeOrientation wanted = of(text);
    if (node.getNodeOrientation() != wanted) {
      node.setNodeOrientation(wanted);
    }
  }
}
