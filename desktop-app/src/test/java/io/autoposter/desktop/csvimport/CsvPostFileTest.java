package io.autoposter.desktop.csvimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvPostFileTest {

  private static final String HEADER = "brand,networks,caption,due\r\n";

  private static List<CsvRow> read(String text) throws CsvFileProblem {
    return CsvPostFile.parse(CsvPostFile.decode(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aByteOrderMarkIsIgnored() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = (HEADER + "Roma,x,Ciao,\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);

    List<CsvRow> rows = CsvPostFile.parse(CsvPostFile.decode(all));

    assertThat(rows)
        .singleElement()
        .satisfies(r -> assertThat(r.get(Column.BRAND)).isEqualTo("Roma"));
  }

  @Test
  void quotedMultilineCaptionsKeepTheirLineBreaksAndLaterRowsTheirLineNumbers() throws Exception {
    List<CsvRow> rows =
        read(
            HEADER
                + "Roma,x,\"First line\r\nsecond, with a comma\r\nand \"\"quotes\"\"\",\r\n"
                + "Roma,x,Next,\r\n");

    assertThat(rows.get(0).get(Column.CAPTION))
        .isEqualTo("First line\r\nsecond, with a comma\r\nand \"quotes\"");
    assertThat(rows).extracting(CsvRow::line).containsExactly(2, 5);
  }

  @Test
  void emptyLinesAreSkippedAndLinesCountedAsInTheFile() throws Exception {
    List<CsvRow> rows = read(HEADER + "\r\nRoma,x,One,\r\n\r\n,,,\r\nRoma,x,Two,\r\n\r\n");

    assertThat(rows).extracting(CsvRow::line).containsExactly(3, 6);
  }

  @Test
  void lfOnlyFilesWorkToo() throws Exception {
    assertThat(read("brand,networks,caption,due\nRoma,x,One,\nRoma,x,Two,\n"))
        .extracting(CsvRow::line)
        .containsExactly(2, 3);
  }

  @Test
  void emojiAndRightToLeftTextSurvive() throws Exception {
    String caption = "عرض خاص 🍕 بيتزا";

    assertThat(read(HEADER + "Roma,x," + caption + ",\r\n").getFirst().get(Column.CAPTION))
        .isEqualTo(caption);
  }

  @Test
  void headerNamesAreCaseInsensitiveInAnyOrder() throws Exception {
    List<CsvRow> rows =
        read("Due,CAPTION,First Comment,Brand,Networks\n2027-01-01 10:00,Hi,Yo,Roma,x\n");

    CsvRow row = rows.getFirst();
    assertThat(row.get(Column.FIRST_COMMENT)).isEqualTo("Yo");
    assertThat(row.get(Column.DUE)).isEqualTo("2027-01-01 10:00");
    assertThat(row.get(Column.TAGS)).isEmpty();
  }

  @Test
  void anUnknownOrMissingColumnIsAFileProblem() {
    assertThatThrownBy(() -> read("brand,networks,caption,due,colour\nRoma,x,Hi,,red\n"))
        .isInstanceOf(CsvFileProblem.class)
        .hasMessageContaining("Unknown column \"colour\"");
    assertThatThrownBy(() -> read("brand,networks,caption\nRoma,x,Hi\n"))
        .isInstanceOf(CsvFileProblem.class)
        .hasMessageContaining("no \"due\" column");
  }

  @Test
  void tooManyRowsAreRefusedWithTheLimit() {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < CsvPostFile.MAX_ROWS + 1; i++) {
      text.append("Roma,x,Post ").append(i).append(",\r\n");
    }

    assertThatThrownBy(() -> read(text.toString()))
        .isInstanceOf(CsvFileProblem.class)
        .hasMessageContaining("more than 5,000 rows");
  }

  @Test
  void exactlyTheLimitIsFine() throws Exception {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < CsvPostFile.MAX_ROWS; i++) {
      text.append("Roma,x,Post ").append(i).append(",\r\n");
    }

    assertThat(read(text.toString())).hasSize(CsvPostFile.MAX_ROWS);
  }

  @Test
  void aFileInAnotherEncodingIsRefusedWithTheLine() {
    byte[] latin1 = (HEADER + "Roma,x,Caffè,\r\n").getBytes(Charset.forName("windows-1252"));

    assertThatThrownBy(() -> CsvPostFile.decode(latin1))
        .isInstanceOf(CsvFileProblem.class)
        .hasMessageContaining("not UTF-8")
        .hasMessageContaining("line 2");
  }

  @Test
  void utf16IsRefused() {
    byte[] utf16 = (HEADER + "Roma,x,Hi,\r\n").getBytes(StandardCharsets.UTF_16);

    assertThatThrownBy(() -> CsvPostFile.decode(utf16))
        .isInstanceOf(CsvFileProblem.class)
        .hasMessageContaining("UTF-16");
  }

  @Test
  void anUnclosedQuoteIsAFileProblem() {
    assertThatThrownBy(() -> read(HEADER + "Roma,x,\"never closed,\r\nRoma,x,Hi,\r\n"))
        .isInstanceOf(CsvFileProblem.class)
        .hasMessageContaining("quoted value never ends");
  }

  @Test
  void anEmptyFileOrOnlyAHeaderIsAFileProblem() {
    assertThatThrownBy(() -> read("")).hasMessageContaining("The file is empty");
    assertThatThrownBy(() -> read(HEADER)).hasMessageContaining("no posts");
  }

  @Test
  void extraValuesBeyondTheHeaderAreCounted() throws Exception {
    assertThat(read(HEADER + "Roma,x,Hello,2027-01-01 10:00,,\r\n").getFirst().extraValues())
        .isEqualTo(0);
    assertThat(
            read(HEADER + "Roma,x,Hello, world,2027-01-01 10:00,extra\r\n")
                .getFirst()
                .extraValues())
        .isEqualTo(2);
  }
}
