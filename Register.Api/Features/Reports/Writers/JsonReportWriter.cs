using System.Text.Encodings.Web;
using System.Text.Json;
using Register.Api.Infrastructure.Http;

namespace Register.Api.Features.Reports.Writers;

/// <summary>
/// <c>{ "report", "title", "operator", "asOf", ("from", "to" for a journal), "generatedAt", "lang", "department", "rows": [...] }</c>, written
/// with a <see cref="Utf8JsonWriter"/> one row at a time. Rows are the report's typed rows in the API's JSON
/// conventions (camelCase, kebab enumerations); catalog values carry their code and their name in the language.
/// </summary>
internal sealed class JsonReportWriter<TRow>(Stream output, ReportDefinition<TRow> definition, ReportHeader header)
    : ReportWriter<TRow>(definition, header)
{
    // Cyrillic and '+' as they are rather than \u-escaped: the report is read by people as well as programs. The
    // relaxed encoder only matters for JSON pasted into HTML, which this never is (application/json, nosniff).
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Utf8JsonWriter _json = new(output, WriterOptions);

    public override void Begin()
    {
        _json.WriteStartObject();
        _json.WriteString("report", Definition.Name);
        _json.WriteString("title", Definition.Title.In(Header.Lang));
        _json.WritePropertyName("operator");
        JsonSerializer.Serialize(_json, Header.Operator, RegisterJson.Options);
        _json.WriteString("asOf", ReportText.Date(Header.AsOf));
        if (Header.Period is { } period)
        {
            WriteDate("from", period.From);
            WriteDate("to", period.To);
        }
        _json.WriteString("generatedAt", Header.GeneratedAt);
        _json.WriteString("lang", Header.Lang);
        _json.WritePropertyName("department");
        JsonSerializer.Serialize(_json, Header.Department, RegisterJson.Options);
        _json.WriteStartArray("rows");
    }

    private void WriteDate(string name, DateOnly? date)
    {
        if (date is { } day) _json.WriteString(name, ReportText.Date(day));
        else _json.WriteNull(name);
    }

    protected override void WriteRow(TRow row) => JsonSerializer.Serialize(_json, row, RegisterJson.Options);

    public override void End()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    public override void Flush() => _json.Flush();

    public override void Dispose()
    {
        _json.Dispose();
        base.Dispose();
    }
}
