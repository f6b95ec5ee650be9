using System.Globalization;
using System.Runtime.CompilerServices;
using Register.Api.Infrastructure.Database;
using static Register.Api.Features.Reports.ReportCells;

namespace Register.Api.Features.Reports.InformationResources;

/// <summary>An authorized person (Art. 7 processor) with the contract that binds it, as the recipients catalog records it.</summary>
public sealed record ReportAuthorizedPerson(string Code, string Name, string? ContractNumber, DateOnly? ContractDate);

/// <summary>A retention rule (with the data category when a category keeps its own) and how many of the report's entries keep data by it.</summary>
public sealed record ReportRetention(string Rule, int Entries);

/// <summary>One information resource of the Decree No. 422 sp. 3.5 list.</summary>
public sealed record InformationResourceRow(
    int Number,
    string Code,
    string Name,
    ReportRef Kind,
    bool ConnectedToPublicNetwork,
    ReportRef? OwnerDepartment,
    IReadOnlyList<ReportRef> NpdpcCategories,
    IReadOnlyList<ReportAuthorizedPerson> AuthorizedPersons,
    IReadOnlyList<ReportRetention> Retention,
    int OtherRetentionEntries,
    int Entries);

/// <summary>
/// GET /api/reports/information-resources: the list of Decree No. 422 sp. 3.5: each information resource (system)
/// holding personal data of the report's entries, with the NPDPC categories of that data, the authorized persons
/// processing it and its retention. Categories, processors and retention come from the report's entries only,
/// so a department's list does not show what other departments keep in a shared system. A row names no entries
/// (the supervisory report does), only counts them: a resource shared by thousands of entries stays one readable row.
/// </summary>
public sealed class InformationResourcesReport(Reports reports) : ReportEndpoint<InformationResourceRow>(reports)
{
    internal static Report<InformationResourceRow> ReportOf => new(ReportRoutes.InformationResources,
        "The Decree 422 sp. 3.5 list of information resources",
        "Each information resource holding the report's entries' data, with the NPDPC categories of that data, the authorized persons processing it and its retention.",
        Layout, RowsAsync);

    private protected override Report<InformationResourceRow> Report => ReportOf;

    private static string L(ReportHeader header, string ru, string en) => header.Lang == ReportLanguages.English ? en : ru;

    internal static readonly ReportDefinition<InformationResourceRow> Layout = new(
        "information-resources",
        new("Перечень информационных ресурсов (систем), содержащих персональные данные (Указ № 422, подп. 3.5)",
            "Information resources (systems) containing personal data (Decree No. 422, sp. 3.5)"),
        [
            new("number", new("№ п/п", "No."), 6, (r, _) => r.Number),
            new("code", new("Код", "Code"), 20, (r, _) => r.Code),
            new("name", new("Наименование информационного ресурса (системы)", "Information resource (system)"), 40, (r, _) => r.Name),
            new("kind", new("Вид", "Kind"), 22, (r, _) => r.Kind.Name),
            new("connectedToPublicNetwork", new("Подключение к сетям общего пользования", "Connected to public networks"), 16,
                (r, h) => ReportText.YesNo(r.ConnectedToPublicNetwork, h.Lang)),
            new("ownerDepartment", new("Подразделение-владелец", "Owner department"), 28, (r, _) => r.OwnerDepartment?.Name),
            new("npdpcCategories", new("Категории персональных данных (приказ НЦЗПД № 12)", "Categories of personal data (NPDPC Order No. 12)"), 40,
                (r, _) => Lines(r.NpdpcCategories.Select(c => c.Name))),
            new("authorizedPersons", new("Уполномоченные лица", "Authorized persons"), 44,
                (r, h) => Lines(r.AuthorizedPersons.Select(p => p.ContractNumber is null && p.ContractDate is null ? p.Name
                    : $"{p.Name} ({L(h, "договор", "contract")}{(p.ContractNumber is { } n ? " № " + n : "")}{(p.ContractDate is { } d ? L(h, " от ", " of ") + ReportText.Date(d) : "")})"))),
            new("retention", new("Сроки хранения персональных данных", "Retention of personal data"), 60,
                (r, h) => Lines(r.Retention.Select(x => x.Rule).Append(r.OtherRetentionEntries == 0 ? null
                    : L(h, $"и другие сроки ещё в {r.OtherRetentionEntries} записях", $"and other periods in {r.OtherRetentionEntries} more entries")))),
            new("entries", new("Число записей реестра", "Register entries"), 14, (r, _) => r.Entries),
        ]);

    internal static async IAsyncEnumerable<InformationResourceRow> RowsAsync(ReportSource source, ReportHeader header, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var usage = await ReportSystems.UsageAsync(source, cancellationToken);
        var catalogs = source.Catalogs;
        var lang = header.Lang;
        var number = 0;
        foreach (var (code, use) in usage.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            catalogs.Systems.TryGetValue(code, out var system);
            yield return new InformationResourceRow(
                ++number,
                code,
                system?.Name(lang) ?? code,
                ReportText.Ref(system?.SystemKind ?? Register.Domain.Catalogs.InformationSystemKind.Electronic, lang),
                system?.ConnectedToPublicNetwork ?? false,
                catalogs.RefOrNull(catalogs.Departments, system?.OwnerDepartmentCode),
                use.Categories.Reverse().Select(c => ReportText.NpdpcRef(c, lang)!).ToList(),
                use.AuthorizedPersons.Select(p =>
                {
                    catalogs.Recipients.TryGetValue(p, out var recipient);
                    return new ReportAuthorizedPerson(p, recipient?.Name(lang) ?? p, recipient?.ContractNumber,
                        recipient?.ContractDate is { } date ? DateOnly.FromDateTime(date) : null);
                }).ToList(),
                use.Retention.Select(r => new ReportRetention(r.Key, r.Value)).ToList(),
                use.OtherRetentionEntries,
                use.Entries);
        }
    }
}
