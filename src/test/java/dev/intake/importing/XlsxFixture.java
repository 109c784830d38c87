package dev.intake.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small {@code .xlsx} workbooks the way Excel stores them: text cells, numbers as doubles (a phone number
 * typed as a number comes out as {@code 4.915112345678E12}), dates as day numbers with a date format (built-in
 * 14, or a custom {@code dd.mm.yyyy}).
 */
public final class XlsxFixture {
    /** A date cell shown with Excel's custom format {@code dd.mm.yyyy}. */
    record GermanDate(LocalDate date) {
    }

    /** A number cell written exactly as given, e.g. {@code 4.915112345678E12}. */
    record RawNumber(String value) {
    }

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    public XlsxFixture sheet(String name, List<List<Object>> rows) {
        sheets.put(name, rows);
        return this;
    }

    public byte[] bytes() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            StringBuilder overrides = new StringBuilder();
            StringBuilder workbookSheets = new StringBuilder();
            StringBuilder relations = new StringBuilder();
            int n = 0;
            for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
                n++;
                overrides.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"")
                        .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                workbookSheets.append("<sheet name=\"").append(escape(sheet.getKey())).append("\" sheetId=\"")
                        .append(n).append("\" r:id=\"rId").append(n).append("\"/>");
                relations.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats")
                        .append(".org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                        .append(n).append(".xml\"/>");
                put(zip, "xl/worksheets/sheet" + n + ".xml", sheetXml(sheet.getValue()));
            }
            relations.append("<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/")
                    .append("officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.styles+xml\"/>" + overrides + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets>" + workbookSheets + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + relations + "</Relationships>");
            put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/></numFmts>"
                    + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"22\" applyNumberFormat=\"1\"/>"
                    + "</cellXfs></styleSheet>");
        }
        return buffer.toByteArray();
    }

    private static String sheetXml(List<List<Object>> rows) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            if (row.isEmpty()) {
                continue; // Excel stores no element for an empty row.
            }
            xml.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value == null) {
                    continue;
                }
                String ref = (char) ('A' + c) + Integer.toString(r + 1);
                switch (value) {
                    case String text -> xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>")
                            .append(escape(text)).append("</t></is></c>");
                    case LocalDate date -> xml.append("<c r=\"").append(ref).append("\" s=\"1\"><v>")
                            .append(serial(date.atStartOfDay())).append("</v></c>");
                    case GermanDate date -> xml.append("<c r=\"").append(ref).append("\" s=\"2\"><v>")
                            .append(serial(date.date().atStartOfDay())).append("</v></c>");
                    case LocalDateTime time -> xml.append("<c r=\"").append(ref).append("\" s=\"3\"><v>")
                            .append(serial(time)).append("</v></c>");
                    case RawNumber number -> xml.append("<c r=\"").append(ref).append("\"><v>")
                            .append(number.value()).append("</v></c>");
                    case Number number -> xml.append("<c r=\"").append(ref).append("\"><v>")
                            .append(number.doubleValue()).append("</v></c>");
                    default -> throw new IllegalArgumentException("No cell type for " + value);
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    /** Excel's day number: days since 1899-12-30, the time as a fraction of a day. */
    private static String serial(LocalDateTime time) {
        long days = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), time.toLocalDate());
        double fraction = time.toLocalTime().toSecondOfDay() / 86400.0;
        return fraction == 0 ? Long.toString(days) : Double.toString(days + fraction);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
