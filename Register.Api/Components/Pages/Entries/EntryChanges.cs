using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Register.Api.Components.Shared;
using Register.Api.Features.Activities;
using Register.Api.Features.Activities.Versions;
using Register.Api.Infrastructure.Http;
using Register.Domain.Activities;
using Register.Domain.Catalogs;
using static Register.Api.Components.Ui;

namespace Register.Api.Components.Pages.Entries;

/// <summary>One side of a change as the page writes it; <paramref name="Code"/> is the catalog code behind a name, shown small.</summary>
public sealed record ChangeValue(string Text, string? Code = null);

/// <summary>One row of a version's changes: a side is null when there was nothing, and <paramref name="NoBefore"/> and
/// <paramref name="NoAfter"/> say so in words fitting the row (a finding is "устранено", not "удалено").</summary>
public sealed record ChangeRow(string Field, ChangeValue? Before, ChangeValue? After, string NoBefore, string NoAfter)
{
    public static ChangeRow Of(string field, ChangeValue? before, ChangeValue? after) =>
        new(field, before, after, T("(не было)", "(none)"), T("(удалено)", "(removed)"));
}

/// <summary>
/// The API's leaf-by-leaf diff of two versions as the officer reads the entry: catalog codes by their names, enumerations,
/// periods, dates and yes/no in the page's words, fields in the page's order, and findings as whole findings (see
/// <see cref="FindingChanges"/>) instead of their sub-fields. The diff itself stays the API's contract; only its reading is here.
/// </summary>
public static partial class EntryChanges
{
    /// <summary>The order the entry's page shows its fields in; anything else (bookkeeping) after them.</summary>
    private static readonly string[] PageOrder =
    [
        "title", "code", "status", "departmentCode", "description", "subjectCategoryCodes", "retention", "storageForm", "processingMethod",
        "dataSource", "actionCodes", "protectionMeasureCodes", "informationSystemCodes", "startDate", "terminationCondition",
        "accessPositions", "estimatedSubjects", "includesMinorsUnder16", "reviewDueDate", "purposes", "dataCategories", "recipients",
        "npdpcCategory", "crossBorder", "lastApprovedOn",
    ];

    /// <param name="changes">The API's diff of two versions.</param>
    /// <param name="names">The catalogs the page loaded; without them codes stay codes.</param>
    /// <param name="findingsBefore">The earlier version's findings, needed only when the diff touches them.</param>
    /// <param name="findingsAfter">The later version's findings.</param>
    public static IReadOnlyList<ChangeRow> Rows(
        IReadOnlyList<FieldChange> changes, EntryNames? names,
        IReadOnlyList<FindingResponse>? findingsBefore = null, IReadOnlyList<FindingResponse>? findingsAfter = null)
    {
        var rows = changes
            .Where(c => !TouchesFindings(c.Path))
            .Select(c => (Change: c, Before: Value(c.Path, c.Before, names), After: Value(c.Path, c.After, names)))
            // A field that went from null to absent (or back) changed its JSON shape, not its content: retention null → {…}.
            .Where(c => c.Before is not null || c.After is not null)
            .OrderBy(c => Place(c.Change.Path))
            .Select(c => ChangeRow.Of(Field(c.Change.Path), c.Before, c.After))
            .ToList();
        if (changes.Any(c => TouchesFindings(c.Path)))
        {
            rows.AddRange(FindingChanges.Rows(findingsBefore ?? [], findingsAfter ?? []));
        }
        return rows;
    }

    public static bool TouchesFindings(string path) => path.StartsWith("findings[", StringComparison.Ordinal);

    private static int Place(string path)
    {
        var index = Array.IndexOf(PageOrder, Shape(path).Split('.')[0]);
        return index < 0 ? PageOrder.Length : index;
    }

    /// <summary>A catalog item's code is the item itself: "Категории данных №1", not "Категории данных №1 › Код".</summary>
    private static string Field(string path) =>
        FieldNames.Readable(path.EndsWith("].code", StringComparison.Ordinal) ? path[..^".code".Length] : path);

    /// <summary>The path without list positions: <c>purposes[1].legalBasisCodes[0]</c> → <c>purposes.legalBasisCodes</c>.</summary>
    private static string Shape(string path) => Index().Replace(path, "");

    private static ChangeValue? Value(string path, JsonElement? value, EntryNames? names)
    {
        if (value is not { } element || element.ValueKind == JsonValueKind.Null) return null;
        var shape = Shape(path);
        return element.ValueKind switch
        {
            JsonValueKind.String when Catalog(shape, names ?? NoNames) is { } catalog => Named(catalog, element.GetString()!),
            JsonValueKind.String => new(Words(shape, element.GetString()!)),
            JsonValueKind.True => new(Labels.YesNo(true)),
            JsonValueKind.False => new(Labels.YesNo(false)),
            JsonValueKind.Number when element.TryGetInt32(out var number) => new(Number(number)),
            _ => new(element.GetRawText()),
        };
    }

    private static ChangeValue Named(IReadOnlyList<CatalogOption> catalog, string code)
    {
        var name = CatalogDirectory.Name(catalog, code);
        return name == code ? new(code) : new(name, code);
    }

    // Without the catalogs (refused or not loaded) a code is still shown as a code, not run through Words.
    private static readonly EntryNames NoNames = new([], [], [], [], [], [], [], [], []);

    /// <summary>The catalog a path's values come from, as EntryFields names them.</summary>
    private static IReadOnlyList<CatalogOption>? Catalog(string shape, EntryNames names) => shape switch
    {
        "departmentCode" => names.Departments,
        "subjectCategoryCodes" => names.Subjects,
        "dataCategories.code" => names.Data,
        "purposes.legalBasisCodes" or "recipients.transfer.legalBasisCode" => names.Bases,
        "recipients.code" => names.Recipients,
        "recipients.transfer.countryCode" => names.Countries,
        "informationSystemCodes" => names.Systems,
        "actionCodes" => names.Actions,
        "protectionMeasureCodes" => names.Measures,
        _ => null,
    };

    /// <summary>An enumeration, period or date in the words the rest of the interface uses; other text as written.</summary>
    private static string Words(string shape, string text) => shape switch
    {
        "status" => Enum<ActivityStatus>(text, s => Labels.Status(s)),
        "npdpcCategory" => Enum<NpdpcCategory>(text, c => Labels.Category(c)),
        "retention.kind" or "dataCategories.retention.kind" => Enum<RetentionKind>(text, k => Labels.Retention(k)),
        "retention.period" or "dataCategories.retention.period" => Labels.Period(text),
        "storageForm" => Enum<StorageForm>(text, Labels.Storage),
        "processingMethod" => Enum<ProcessingMethod>(text, Labels.Method),
        "dataSource" => Enum<DataSource>(text, Labels.Source),
        "startDate" or "reviewDueDate" or "lastApprovedOn" =>
            DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var date) ? Date(date) : text,
        "createdAt" => DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var moment)
            ? Moment(moment) : text,
        _ => text,
    };

    private static string Enum<TEnum>(string text, Func<TEnum, string> label) where TEnum : struct, Enum =>
        KebabEnum.TryParse<TEnum>(text, out var value) ? label(value) : text;

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
