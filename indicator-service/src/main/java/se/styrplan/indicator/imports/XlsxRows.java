package se.styrplan.indicator.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The template as an XLSX workbook: its first sheet, a header row naming the documented columns (any order), then one
 * value a row. An XLSX file is a zip whose directory sits at its end, so the upload is first spooled to a temporary
 * file (disk, not heap); fastexcel then reads the sheet row by row with StAX, so a large workbook never sits in memory
 * (only its shared-strings table does: the repeated keys and codes, small next to the numbers).
 * <p>
 * Excel turns a typed "0180" into the number 180: a numeric area code is given back its leading zeros (Kolada's codes
 * have four digits), and a numeric period is read as the year it shows.
 */
final class XlsxRows implements RowReader {

    private static final int AREA_CODE_DIGITS = 4;

    private final Path spooled;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final Map<String, Integer> columns = new HashMap<>();

    XlsxRows(InputStream body) throws IOException {
        spooled = Files.createTempFile("styrplan-upload-", ".xlsx");
        try {
            Files.copy(body, spooled, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(spooled) == 0) {
                throw new UnreadableBody("the body is empty: an XLSX workbook whose first row names the columns "
                        + String.join(", ", BulkRow.COLUMNS));
            }
            workbook = open(spooled);
            stream = workbook.getFirstSheet().openStream();
            rows = stream.iterator();
            readHeader();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spooled);
            throw e;
        }
    }

    private static ReadableWorkbook open(Path file) {
        try {
            return new ReadableWorkbook(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableBody("the body is not an XLSX workbook (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void readHeader() {
        if (!hasNext()) {
            throw new UnreadableBody("the first sheet is empty: its first row must name the columns " + String.join(", ", BulkRow.COLUMNS));
        }
        Row header = nextRow();
        for (int i = 0; i < header.getCellCount(); i++) {
            String name = text(header.getCell(i));
            if (name != null) {
                if (columns.put(name, i) != null) {
                    throw new UnreadableBody("row " + header.getRowNum() + ": the column " + name + " is named twice");
                }
            }
        }
        CsvRows.checkHeader(columns.keySet());
    }

    @Override
    public BulkRow next() {
        while (hasNext()) {
            Row row = nextRow();
            if (isBlank(row)) {
                continue;
            }
            try {
                return new BulkRow(row.getRowNum(), field(row, "indicatorKey"), field(row, "indicatorId"), areaCode(row),
                        field(row, "period"), field(row, "gender"), field(row, "value"), field(row, "status"), null, null);
            } catch (RuntimeException e) {
                return BulkRow.unreadable(row.getRowNum(), "a cell cannot be read (" + e.getClass().getSimpleName() + ")", null);
            }
        }
        return null;
    }

    private boolean hasNext() {
        try {
            return rows.hasNext();
        } catch (RuntimeException e) {
            throw new UnreadableBody("the sheet cannot be read on (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private Row nextRow() {
        try {
            return rows.next();
        } catch (RuntimeException e) {
            throw new UnreadableBody("the sheet cannot be read on (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private String field(Row row, String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.getCellCount() ? null : text(row.getCell(index));
    }

    private String areaCode(Row row) {
        String code = field(row, "areaCode");
        Integer index = columns.get("areaCode");
        boolean numeric = index != null && index < row.getCellCount() && row.getCell(index) != null
                && row.getCell(index).getType() == CellType.NUMBER;
        return numeric && code.length() < AREA_CODE_DIGITS ? "0".repeat(AREA_CODE_DIGITS - code.length()) + code : code;
    }

    /** A cell as the text the template's rules read: a number in plain notation (no exponent, no trailing zeros). */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String text = switch (cell.getType()) {
            case NUMBER -> plain(cell.asNumber());
            case STRING, FORMULA, BOOLEAN -> cell.getText();
            case ERROR -> "#" + cell.getText();
            default -> null;
        };
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static boolean isBlank(Row row) {
        for (int i = 0; i < row.getCellCount(); i++) {
            if (text(row.getCell(i)) != null) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
            workbook.close();
        } finally {
            Files.deleteIfExists(spooled);
        }
    }
}
