using Register.Api.Features.Catalogs;
using Register.Api.Infrastructure.Auth;
using Register.Api.Infrastructure.Database;
using Register.Api.Infrastructure.Errors;
using Register.Api.Infrastructure.Http;
using Register.Api.Infrastructure.Localization;

namespace Register.Api.Features.Reports;

/// <summary>
/// A report request once everything that can be refused has been checked, before a byte of the report is written.
/// <see cref="Scope"/> is the caller's departments for a department head (null for the others); the department
/// filter applies within it, so a head asking for another department gets an empty report, not that department.
/// </summary>
public sealed record ReportRequest(
    ReportFormat Format,
    string Lang,
    string? Department,
    DateOnly? AsOf,
    DateOnly Today,
    DateTimeOffset GeneratedAt,
    IReadOnlyCollection<string>? Scope,
    ReportPeriod? Period = null)
{
    /// <summary>The day the report speaks for: <see cref="AsOf"/>, or today (Minsk) for the current register.</summary>
    public DateOnly Date => AsOf ?? Today;

    /// <summary>Whether an entry of this department belongs in the report.</summary>
    public bool Includes(string? departmentCode) =>
        (Scope is null || (departmentCode is not null && Scope.Contains(departmentCode)))
        && (Department is null || Department == departmentCode);

    public const string DepartmentExistsSql = "SELECT COUNT(*) FROM departments WHERE code = @Code";

    /// <summary>
    /// The request, or the problem that refuses it: 406 when neither <c>format=</c> nor <paramref name="accept"/> names a
    /// format the reports have; 400 for a day after today or an unknown department. (The query's syntax was checked by the
    /// validator already.) A department head is not told whether a department outside its scope exists.
    /// </summary>
    public static async Task<ReportRequest> ResolveAsync(
        IReportOptions query, DateOnly? asOf, ReportPeriod? period, Caller caller, IList<string>? accept, Db db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var format = ReportFormats.FromName(query.Format) ?? ReportFormats.Negotiate(accept)
            ?? throw new NotAcceptableException(
                ForReader.Text(
                    $"Запрошенный формат отчёта не поддерживается. Выберите один из форматов: {string.Join(", ", ReportFormats.Names)}.",
                    $"None of the media types in Accept is a report format. Send one of {string.Join(", ", ReportFormats.MediaTypes)}, or format={string.Join("|", ReportFormats.Names)}."));

        var today = clock.Today();
        if (asOf > today)
        {
            throw new InvalidRequestException("asOf", ForReader.Text(
                $"Дата отчёта не может быть позже сегодняшней ({ReportText.Date(today)}, по минскому времени): реестр не отчитывается за день, который ещё не закончился.",
                $"'asOf' must not be after today ({ReportText.Date(today)}, Minsk time): the register cannot report a day that has not ended."));
        }

        if (query.Department is not null && caller.Scope is null
            && await db.ReadAsync(session => session.ExecuteScalarAsync<int>(DepartmentExistsSql, new { Code = query.Department }), cancellationToken) == 0)
        {
            throw new InvalidRequestException("department", CatalogWords.Department.Unknown(query.Department));
        }

        return new ReportRequest(format, query.Lang ?? ReportLanguages.Russian, query.Department, asOf, today, clock.GetUtcNow(), caller.Scope, period);
    }
}

/// <summary>The days a journal's report covers, each end open when not given.</summary>
public sealed record ReportPeriod(DateOnly? From, DateOnly? To);
