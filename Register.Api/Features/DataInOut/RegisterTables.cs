namespace Register.Api.Features.DataInOut;

/// <summary>A table the register file carries, with how its rows are ordered and what the import must know of it.</summary>
/// <param name="Name">The table, as both engines' migrations name it.</param>
/// <param name="OrderBy">Its rows' order in the file: the primary key, so the same register always gives the same rows.</param>
/// <param name="Identity">Its <c>id</c> is issued by the database (SQLite AUTOINCREMENT, SQL Server IDENTITY): the import
/// keeps each row's id and the last id issued, so an id once used (a deleted entry's, whose history stays) is never reissued.</param>
/// <param name="Seeded">Every start seeds it with the shipped reference data: the seed alone is not a register, and the
/// import replaces it with the file's rows.</param>
/// <param name="Parent">A column that refers to this table's own key (a department's parent): the file lists parents before
/// their children, so that each row's parent is already there when the import inserts it.</param>
public sealed record RegisterTable(string Name, string OrderBy, bool Identity = false, bool Seeded = false, string? Parent = null);

/// <summary>
/// The register's tables: which the file carries, in the order the import inserts them (a table after those it refers to),
/// and which it leaves out, each with the reason. Together they name every table of the schema; a test fails on a table
/// named in neither, so a new table is decided here, in one line, when its migration lands.
/// </summary>
public static class RegisterTables
{
    public static readonly IReadOnlyList<RegisterTable> Exported =
    [
        new("operator", "id"),
        new("operator_branches", "ordinal"),
        new("departments", "code", Parent: "parent_code"),
        new("subject_categories", "code"),
        new("data_categories", "code"),
        new("legal_bases", "code", Seeded: true),
        new("countries", "code", Seeded: true),
        new("processing_actions", "code", Seeded: true),
        new("protection_measures", "code", Seeded: true),
        new("reference_entries", "catalog, code", Seeded: true),
        new("recipients", "code"),
        new("recipient_contract_actions", "recipient_code, action_code"),
        new("recipient_contract_measures", "recipient_code, measure_code"),
        new("information_systems", "code"),
        new("activities", "id", Identity: true),
        new("activity_subject_categories", "activity_id, subject_category_code"),
        new("activity_data_categories", "activity_id, data_category_code"),
        new("activity_purposes", "activity_id, ordinal"),
        new("activity_purpose_bases", "activity_id, purpose_ordinal, legal_basis_code"),
        new("activity_recipients", "activity_id, ordinal"),
        new("activity_information_systems", "activity_id, system_code"),
        new("activity_actions", "activity_id, action_code"),
        new("activity_protection_measures", "activity_id, measure_code"),
        new("activity_access_positions", "activity_id, ordinal"),
        new("activity_versions", "activity_id, version"),
        new("calendar_years", "year", Seeded: true),
        new("journal_numbers", "journal, year"),
        new("subject_requests", "id", Identity: true),
        new("subject_request_departments", "request_id, department_code"),
        new("subject_request_activities", "request_id, activity_id"),
        new("breaches", "id", Identity: true),
        new("breach_links", "breach_id, link, code"),
        new("report_snapshots", "id", Identity: true),
        new("audit_log", "id", Identity: true),
    ];

    /// <summary>The schema's tables the file does not carry, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotExported = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["api_keys"] = "Keys are secrets of this installation: a restored register gets a new officer key, printed once, as on a first start.",
        ["api_key_departments"] = "The departments of the keys, which are not exported.",
        ["data_protection_keys"] = "The web interface's cookie and antiforgery keys are secrets of this installation: a restored register makes its own, and its users sign in again.",
        ["register_changes"] = "Counters the running processes cache by; a restored register counts its own changes from its first write.",
        ["schema_journal"] = "The target's migrations keep their own journal; the file names the schema version it was written at.",
        ["activities_search"] = "SQLite's trigram index of activities' search text: its triggers rebuild it as the import inserts the entries.",
        ["activities_search_config"] = "The trigram index's own storage (FTS5).",
        ["activities_search_data"] = "The trigram index's own storage (FTS5).",
        ["activities_search_docsize"] = "The trigram index's own storage (FTS5).",
        ["activities_search_idx"] = "The trigram index's own storage (FTS5).",
    };

    public static RegisterTable? Find(string name) => Exported.FirstOrDefault(t => t.Name == name);
}
