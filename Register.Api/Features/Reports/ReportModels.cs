using Register.Api.Features.Operator;

namespace Register.Api.Features.Reports;

public static class ReportRoutes
{
    public const string Supervisory = "/api/reports/supervisory";
    public const string InformationResources = "/api/reports/information-resources";
    public const string InformationSystems = "/api/reports/information-systems";
    public const string OperatorRegistry = "/api/reports/operator-registry";
    public const string SubjectRequests = "/api/reports/subject-requests";
    public const string Breaches = "/api/reports/breaches";
    public const string Tag = "Reports";
}

/// <summary>A catalog entry or an enumeration value in a report: its code, and its name in the report's language.</summary>
public sealed record ReportRef(string Code, string Name);

/// <summary>The operator as the report's header shows it (the current record: the operator is not versioned).</summary>
public sealed record ReportOperator(string Name, string? Address, string? Unp, ResponsiblePerson? ResponsiblePerson, IReadOnlyList<OperatorBranch> Branches)
{
    public static ReportOperator From(OperatorResponse response) =>
        new(response.Name, response.Address, response.Unp, response.ResponsiblePerson, response.Branches);
}

/// <summary>What every report states above its rows: whose register, which day it speaks for, when and in what language it was made.</summary>
public sealed record ReportHeader(
    string Report,
    string Title,
    ReportOperator? Operator,
    DateOnly AsOf,
    bool FromVersions,
    DateTimeOffset GeneratedAt,
    string Lang,
    ReportRef? Department,
    IReadOnlyList<ReportRef>? ScopeDepartments,
    ReportPeriod? Period = null);

/// <summary>
/// The JSON document of every report (as OpenAPI describes it). The server writes it row by row rather than
/// serialising this record, so that a large register never sits in memory. <see cref="From"/> and <see cref="To"/> are
/// a journal report's period (absent from the register's reports).
/// </summary>
public sealed record ReportDocument<TRow>(
    string Report, string Title, ReportOperator? Operator, string AsOf, DateTimeOffset GeneratedAt, string Lang, ReportRef? Department, IReadOnlyList<TRow> Rows,
    string? From = null, string? To = null);
