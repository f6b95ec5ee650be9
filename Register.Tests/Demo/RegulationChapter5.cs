using System.Text.Json;

namespace Register.Tests.Demo;

/// <summary>
/// The test's expectations (Demo/regulation-chapter5.json): what the Regulation's chapter 5 says, written from
/// its text apart from the demo data, so that the demo is checked against the Regulation rather than against itself.
/// </summary>
public sealed record RegulationChapter5(string Source, IReadOnlyList<Chapter5Section> Sections, IReadOnlyList<SeparateActivity> SeparateActivities)
{
    private static readonly Lazy<RegulationChapter5> Loaded = new(() =>
        JsonSerializer.Deserialize<RegulationChapter5>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Demo", "regulation-chapter5.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? throw new InvalidOperationException("Demo/regulation-chapter5.json is empty."));

    public static RegulationChapter5 Expectations => Loaded.Value;

    /// <summary>Every retention the Regulation states, with the activity it belongs to.</summary>
    public IEnumerable<ExpectedRetention> Retentions() =>
        Sections.SelectMany(s => s.Retention)
            .Concat(SeparateActivities.Select(a => a.Retention with { ActivityCode = a.ActivityCode }));
}

/// <summary>One point of chapter 5 (13-25): a subject category, its data and its retention.</summary>
public sealed record Chapter5Section(
    string Section,
    string Title,
    string SubjectCategoryCode,
    IReadOnlyList<string> ActivityCodes,
    IReadOnlyList<string> DataCategoryCodes,
    IReadOnlyList<ExpectedRetention> Retention)
{
    public override string ToString() => $"§{Section} {SubjectCategoryCode}";
}

/// <summary>A retention the Regulation states: for the entry, or (with a data category) for that data inside it.</summary>
public sealed record ExpectedRetention(string? ActivityCode, string Kind, string? Period, string? DataCategoryCode)
{
    public override string ToString() => $"{ActivityCode}{(DataCategoryCode is null ? "" : "/" + DataCategoryCode)} {Kind} {Period}".TrimEnd();
}

/// <summary>Processing the Regulation treats apart from the subject sections (CCTV, phone calls, cookies...).</summary>
public sealed record SeparateActivity(string ActivityCode, string What, string RegulationReference, ExpectedRetention Retention);
