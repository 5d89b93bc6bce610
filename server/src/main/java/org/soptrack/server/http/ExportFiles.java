package org.soptrack.server.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.soptrack.core.port.in.IncidentsUseCase;
import org.apache.commons.csv.CSVPrinter;
import org.soptrack.core.domain.privacy.PersonalDataExport;

/**
 * An export as the client asked for it: JSON, or a ZIP archive with one CSV file per entity (R-DSR-3). CSV is written
 * by Apache Commons CSV (RFC 4180 quoting), each file's header being every field its rows have.
 */
public final class ExportFiles {

    static final MediaType ZIP = MediaType.of("application/zip");

    private ExportFiles() {
    }

    /** {@code format} is {@code json} (or absent) or {@code csv}; anything else is a 422 naming {@code format}. */
    public static HttpResponse<?> respond(PersonalDataExport export, String format) {
        if (format == null || format.equals("json")) {
            return HttpResponse.ok(PrivacyJson.Export.of(export));
        }
        return HttpResponse.ok(zip(export)).contentType(ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + fileName(export) + ".zip\"");
    }

    /** The people an incident covers as a spreadsheet: category, id, name, e-mail and phone on every line. */
    public static HttpResponse<?> incidentPeople(UUID incident, List<IncidentsUseCase.Person> people) {
        return csvFile("incident-" + incident + "-people", people.stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("category", p.category().name());
            row.put("id", p.id().toString());
            row.put("name", p.name());
            row.put("email", p.email().orElse(""));
            row.put("phone", p.phone().orElse(""));
            return row;
        }).toList());
    }

    /** One table as a CSV attachment named {@code fileName}.csv: a header of every key, then one line per row. */
    static HttpResponse<?> csvFile(String fileName, List<Map<String, Object>> rows) {
        StringWriter text = new StringWriter();
        try {
            csv(rows, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(text.toString().getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"");
    }

    /** Refuses a format before any work is done. */
    static void check(String format) {
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw new org.soptrack.core.domain.shared.InvalidValueException("format", "must be json or csv");
        }
    }

    static byte[] zip(PersonalDataExport export) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, List<Map<String, Object>>> entity : export.entities().entrySet()) {
                zip.putNextEntry(new ZipEntry(entity.getKey() + ".csv"));
                Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                csv(entity.getValue(), writer);
                writer.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void csv(List<Map<String, Object>> rows, Writer writer) throws IOException {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        if (columns.isEmpty()) {
            return;
        }
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(columns.toArray(String[]::new)).get());
        for (Map<String, Object> row : rows) {
            List<Object> values = new ArrayList<>();
            columns.forEach(column -> values.add(row.get(column)));
            printer.printRecord(values);
        }
        printer.flush();
    }

    private static String fileName(PersonalDataExport export) {
        return "soptrack-export-" + export.scope().replace(':', '-');
    }
}
